// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace deai::sandbox {

// What the sandbox keeps of one image: enough to size the reference model
// and to classify by nearest class centroid.
struct ImageSample
{
    static constexpr int kGrid = 4; // features are the mean grey level of a 4x4 grid

    QString path;   // inside the ZIP, e.g. "cats/001.png"
    QString folder; // the directory part, empty at the top level
    int width = 0;
    int height = 0;
    int channels = 0;       // 1 grey, 3 colour, 4 with alpha
    QList<double> features; // kGrid * kGrid values in [0, 1]
};

// Reads a ZIP of PNG, JPEG or BMP images; answers them sorted by path, or a
// sentence naming what is wrong with the archive.
class ImageArchive
{
public:
    static std::variant<QList<ImageSample>, QString> read(const QString &zipPath);
};

// The labels of a CNN job, one per image in the order of the images: from a
// CSV (one label per line in file-name order, or "file,label" lines keyed by
// file name, with an optional header) or, without a CSV, from the folder of
// each image.
class ImageLabels
{
public:
    static std::variant<QStringList, QString> fromCsv(const QString &csvPath, const QList<ImageSample> &images);
    static std::variant<QStringList, QString> fromFolders(const QList<ImageSample> &images);
};

} // namespace deai::sandbox
