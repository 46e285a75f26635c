// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace deai {

// Small datasets the app writes for someone who wants to try a training job
// before they have data of their own. They are generated, the same every
// time, and shaped like the real thing: a ZIP of labelled images for a CNN,
// a dated multi-column series for an LSTM.
namespace SampleDatasets {

struct ImageSample
{
    QString imagesZip; // 300 grey 28x28 PNGs of three drawn shapes
    QString labelsCsv; // "filename,label", one row per image
    int categories = 0;
};

struct SeriesSample
{
    QString seriesCsv; // hourly readings with a leading date column
    int rows = 0;
};

// Each writes its files into folder (made if missing) unless they are there
// already, and answers their paths; nothing when a file cannot be written,
// with error saying why. A half-written file never takes a final name.
std::optional<ImageSample> writeImageSample(const QString &folder, QString *error = nullptr);
std::optional<SeriesSample> writeSeriesSample(const QString &folder, QString *error = nullptr);

} // namespace SampleDatasets

} // namespace deai
