// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/CnnDatasetReport.h"
#include "dataset/InspectionControl.h"

#include <QStringList>

namespace deai {

// Walks a ZIP of images one entry at a time without extracting it. Fills the image
// fields of `report` (counts, sizes, channels, max pixel value, thumbnails) and the
// problems found in the archive itself. Returns the image names in archive order, the
// only per-image data kept, because labels are matched against them afterwards.
QStringList scanZipImages(const QString &zipPath, const InspectionControl &control,
                          CnnDatasetReport &report);

// True for directories, macOS resource forks and hidden files, which the server skips too.
bool isIgnoredZipEntry(QStringView name);

inline constexpr int maxThumbnailCount = 32;
inline constexpr int thumbnailSize = 64;

} // namespace deai
