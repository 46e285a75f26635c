// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace deai::bench {

// An MNIST-sized CNN dataset made up on the spot: a ZIP of grey PNGs, each with
// its own noisy stroke, and a `filename,label` CSV with ten classes. Made once
// into a cache folder and reused, since encoding 60,000 PNGs takes a while.
struct MnistLikeDataset
{
    QString zipPath;
    QString labelsPath;
    int imageCount = 0;
    bool cached = false; // found in the cache rather than made now
    double makeSeconds = 0;
};

// Empty paths when the files cannot be written.
MnistLikeDataset ensureMnistLikeDataset(const QString &cacheDir, int imageCount, int side);

} // namespace deai::bench
