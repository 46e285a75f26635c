// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/LabelsCsv.h"

#include "dataset/CsvReader.h"
#include "dataset/ImageProbe.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace deai {

namespace {

constexpr int headerSampleRows = 50;
constexpr int cancelCheckInterval = 4096;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(deai::LabelsCsv)
};

bool isHeaderWord(const QString &cell)
{
    static const QStringList words = {
        QStringLiteral("label"),    QStringLiteral("labels"),    QStringLiteral("class"),
        QStringLiteral("category"), QStringLiteral("target"),    QStringLiteral("y"),
        QStringLiteral("filename"), QStringLiteral("file_name"), QStringLiteral("file"),
        QStringLiteral("image"),    QStringLiteral("name"),      QStringLiteral("id")};
    return words.contains(cell.trimmed().toLower());
}

bool isInteger(const QString &cell)
{
    bool ok = false;
    cell.trimmed().toLongLong(&ok);
    return ok;
}

int labelColumn(LabelsLayout layout)
{
    return layout == LabelsLayout::KeyedByName ? 1 : 0;
}

QString cellAt(const QStringList &row, int column)
{
    return column < row.size() ? row.at(column).trimmed() : QString();
}

} // namespace

bool looksLikeLabelsHeader(const QStringList &first, const QList<QStringList> &following,
                           LabelsLayout layout)
{
    if (std::any_of(first.cbegin(), first.cend(), isHeaderWord))
        return true;
    if (following.isEmpty())
        return false;

    const int column = labelColumn(layout);
    const auto allFollowing = [&](auto predicate) {
        return std::all_of(following.cbegin(), following.cend(), predicate);
    };
    if (!isInteger(cellAt(first, column)) &&
        allFollowing([&](const QStringList &row) { return isInteger(cellAt(row, column)); }))
        return true;

    return layout == LabelsLayout::KeyedByName && !hasImageExtension(cellAt(first, 0)) &&
           allFollowing([](const QStringList &row) { return hasImageExtension(cellAt(row, 0)); });
}

std::optional<LabelsTable> readLabelsCsv(const QString &path, const InspectionControl &control,
                                         QList<DatasetProblem> &problems)
{
    CsvReader reader(path);
    if (!reader.open()) {
        problems.append(
            DatasetProblem::blocking(Text::tr("The labels file %1 cannot be read: %2")
                                         .arg(QFileInfo(path).fileName(), reader.errorString())));
        return std::nullopt;
    }

    // The layout and header are judged from the first rows; later rows go straight into
    // the table so the file is held once, as labels, not also as raw records.
    QList<QStringList> head;
    QStringList fields;
    while (head.size() <= headerSampleRows && reader.readRecord(fields))
        head.append(fields);

    LabelsTable table;
    if (!head.isEmpty()) {
        const QStringList &typical = head.size() > 1 ? head.at(1) : head.constFirst();
        table.layout =
            typical.size() >= 2 ? LabelsLayout::KeyedByName : LabelsLayout::FileNameOrder;
        table.hasHeader = looksLikeLabelsHeader(head.constFirst(), head.mid(1), table.layout);
    }

    const int column = labelColumn(table.layout);
    const auto addRow = [&](const QStringList &row) {
        if (table.layout == LabelsLayout::KeyedByName)
            table.fileNames.append(cellAt(row, 0));
        table.labels.append(cellAt(row, column));
    };
    for (qsizetype i = table.hasHeader ? 1 : 0; i < head.size(); ++i)
        addRow(head.at(i));
    while (reader.readRecord(fields)) {
        addRow(fields);
        if (table.labels.size() % cancelCheckInterval == 0 && control.canceled())
            return std::nullopt;
    }

    if (table.labels.isEmpty()) {
        problems.append(DatasetProblem::blocking(
            Text::tr("The labels file %1 holds no labels.").arg(QFileInfo(path).fileName())));
        return std::nullopt;
    }
    return table;
}

} // namespace deai
