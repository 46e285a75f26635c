// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/ImageArchive.h"

#include "dataset/CsvText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace deai::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::ImageLabels", text);
}

// Both "cats/001.png" and "001.png" name the same image in a labels file,
// unless another folder also holds a "001.png".
QHash<QString, qsizetype> indexByName(const QList<ImageSample> &images)
{
    QHash<QString, qsizetype> byBaseName;
    QSet<QString> ambiguous;
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QString baseName = QFileInfo(images[i].path).fileName();
        if (byBaseName.contains(baseName))
            ambiguous.insert(baseName);
        byBaseName.insert(baseName, i);
    }
    QHash<QString, qsizetype> index;
    for (auto it = byBaseName.cbegin(); it != byBaseName.cend(); ++it) {
        if (!ambiguous.contains(it.key()))
            index.insert(it.key(), it.value());
    }
    for (qsizetype i = 0; i < images.size(); ++i)
        index.insert(images[i].path, i);
    return index;
}

std::variant<QStringList, QString> keyedLabels(const QList<QStringList> &rows, const QList<ImageSample> &images)
{
    const QHash<QString, qsizetype> index = indexByName(images);
    QStringList labels(images.size());
    for (const QStringList &row : rows) {
        const auto found = index.constFind(row.value(0).trimmed());
        if (found == index.cend())
            continue; // a header line, or a file the ZIP does not hold
        labels[*found] = row.value(1).trimmed();
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (labels[i].isEmpty())
            return tr("y_train has no label for the image \"%1\"; add a line \"%1,<label>\".").arg(images[i].path);
    }
    return labels;
}

} // namespace

std::variant<QStringList, QString> ImageLabels::fromCsv(const QString &csvPath, const QList<ImageSample> &images)
{
    const auto table = CsvText::readFile(csvPath);
    if (const QString *error = std::get_if<QString>(&table))
        return *error;
    QList<QStringList> rows = std::get<QList<QStringList>>(table);
    if (rows.isEmpty())
        return tr("y_train is empty; give one label per image.");

    const bool keyed = rows.constFirst().size() >= 2 || (rows.size() > 1 && rows[1].size() >= 2);
    if (keyed)
        return keyedLabels(rows, images);

    if (rows.size() == images.size() + 1)
        rows.removeFirst(); // a header line such as "label"
    if (rows.size() != images.size()) {
        return tr("y_train has %1 labels but the ZIP holds %2 images; give one label per image, "
                  "in file-name order.")
            .arg(rows.size())
            .arg(images.size());
    }
    QStringList labels;
    for (const QStringList &row : rows)
        labels.append(row.value(0).trimmed());
    return labels;
}

std::variant<QStringList, QString> ImageLabels::fromFolders(const QList<ImageSample> &images)
{
    QStringList labels;
    for (const ImageSample &image : images) {
        if (image.folder.isEmpty()) {
            return tr("Without y_train every image must sit in a folder named after its class; "
                      "\"%1\" does not. Upload a labels CSV as y_train instead.")
                .arg(image.path);
        }
        labels.append(image.folder);
    }
    return labels;
}

} // namespace deai::sandbox
