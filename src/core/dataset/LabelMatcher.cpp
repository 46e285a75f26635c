// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/LabelMatcher.h"

#include <QBitArray>
#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <numeric>

namespace deai {

namespace {

constexpr int maxExampleNames = 3;
constexpr qsizetype ambiguous = -1;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(deai::LabelMatcher)
};

QString baseName(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

// Counts names but remembers only the first few, so memory stays flat.
struct NameSample
{
    qint64 count = 0;
    QStringList examples;

    void add(const QString &name)
    {
        ++count;
        if (examples.size() < maxExampleNames)
            examples.append(name);
    }
    QString joined() const { return examples.join(QLatin1String(", ")); }
};

class ImageIndex
{
public:
    explicit ImageIndex(const QStringList &names)
    {
        for (qsizetype i = 0; i < names.size(); ++i) {
            m_byPath.insert(names.at(i), i);
            const QString base = baseName(names.at(i));
            m_byBaseName.insert(base, m_byBaseName.contains(base) ? ambiguous : i);
        }
    }

    qsizetype find(QString name) const
    {
        if (name.startsWith(QLatin1String("./")))
            name.remove(0, 2);
        if (const auto it = m_byPath.constFind(name); it != m_byPath.cend())
            return it.value();
        return m_byBaseName.value(baseName(name), ambiguous);
    }

private:
    QHash<QString, qsizetype> m_byPath;
    QHash<QString, qsizetype> m_byBaseName;
};

// Label per image index, empty when the image has none.
QStringList labelsByImage(const LabelsTable &table, const QStringList &imageNames,
                          NameSample &unmatchedRows)
{
    QStringList labels(imageNames.size());
    if (table.layout == LabelsLayout::FileNameOrder) {
        QList<qsizetype> order(imageNames.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](qsizetype a, qsizetype b) { return imageNames.at(a) < imageNames.at(b); });
        for (qsizetype row = 0; row < table.labels.size(); ++row) {
            if (row < order.size())
                labels[order.at(row)] = table.labels.at(row);
            else
                unmatchedRows.add(QCoreApplication::translate("deai::LabelMatcher", "row %1")
                                      .arg(row + 1 + (table.hasHeader ? 1 : 0)));
        }
        return labels;
    }

    const ImageIndex index(imageNames);
    for (qsizetype row = 0; row < table.labels.size(); ++row) {
        const qsizetype image = index.find(table.fileNames.at(row));
        if (image == ambiguous)
            unmatchedRows.add(table.fileNames.at(row));
        else if (!table.labels.at(row).isEmpty())
            labels[image] = table.labels.at(row);
    }
    return labels;
}

} // namespace

void matchLabels(const LabelsTable &table, const QStringList &imageNames, CnnDatasetReport &report)
{
    LabelsSummary &summary = report.labels;
    summary.layout = table.layout;
    summary.hasHeader = table.hasHeader;
    summary.rowCount = table.labels.size();

    qint64 emptyLabels = 0;
    for (const QString &label : table.labels) {
        if (label.isEmpty())
            ++emptyLabels;
        else
            ++summary.countPerLabel[label];
    }

    NameSample unmatchedRows;
    const QStringList labels = labelsByImage(table, imageNames, unmatchedRows);
    NameSample unlabelledImages;
    for (qsizetype i = 0; i < imageNames.size(); ++i) {
        if (labels.at(i).isEmpty())
            unlabelledImages.add(imageNames.at(i));
    }
    summary.imagesWithoutLabel = unlabelledImages.count;
    summary.labelledImages = imageNames.size() - summary.imagesWithoutLabel;
    summary.rowsWithoutImage = unmatchedRows.count;

    for (ImageThumbnail &thumbnail : report.thumbnails)
        thumbnail.label = labels.value(imageNames.indexOf(thumbnail.fileName));

    if (!imageNames.isEmpty() && summary.labelledImages == 0) {
        report.problems.append(DatasetProblem::blocking(QCoreApplication::translate(
            "deai::LabelMatcher", "No image in the ZIP archive has a label in the labels file.")));
    } else if (summary.imagesWithoutLabel > 0) {
        report.problems.append(
            DatasetProblem::warning(Text::tr("%n images have no label (for example %1).", nullptr,
                                             int(summary.imagesWithoutLabel))
                                        .arg(unlabelledImages.joined())));
    }
    if (summary.rowsWithoutImage > 0) {
        report.problems.append(DatasetProblem::warning(
            Text::tr("%n label rows name no image in the ZIP archive (for example %1).", nullptr,
                     int(summary.rowsWithoutImage))
                .arg(unmatchedRows.joined())));
    }
    if (emptyLabels > 0) {
        report.problems.append(DatasetProblem::warning(Text::tr(
            "%n rows of the labels file have an empty label.", nullptr, int(emptyLabels))));
    }
    if (summary.countPerLabel.size() == 1) {
        report.problems.append(DatasetProblem::warning(QCoreApplication::translate(
            "deai::LabelMatcher",
            "Every image has the same label; a classifier needs at least two.")));
    }
}

} // namespace deai
