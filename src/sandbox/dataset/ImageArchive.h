// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <variant>

class QImage;

namespace deai::sandbox {

// What the sandbox keeps of one image: enough to label it and to size the
// reference model.
struct ImageSample
{
    QString path;   // inside the ZIP, e.g. "cats/001.png"
    QString folder; // the directory part, empty at the top level
    int width = 0;
    int height = 0;
    int channels = 0; // 1 grey, 3 colour, 4 with alpha
};

// Reads a ZIP of PNG, JPEG or BMP images; answers them sorted by path, or a
// sentence naming what is wrong with the archive.
class ImageArchive
{
public:
    // Called with each decoded image while the archive is read, so a caller
    // that needs the pixels does not decode the archive twice.
    using ImageVisitor = std::function<void(const QString &path, const QImage &image)>;

    static std::variant<QList<ImageSample>, QString> read(const QString &zipPath,
                                                          const ImageVisitor &visit = {});
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
