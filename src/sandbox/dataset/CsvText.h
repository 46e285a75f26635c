// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace deai::sandbox {

// Comma-separated text as rows of fields: double quotes group a field and
// "" inside them is a quote; blank lines are skipped.
class CsvText
{
public:
    static QList<QStringList> parse(QByteArrayView text);
    static std::variant<QList<QStringList>, QString> readFile(const QString &path);
};

// A numeric table whose first row names the columns. A leading column that
// is not numeric (a date, as in the Jena climate set) is allowed and dropped.
struct SeriesTable
{
    QStringList columns;        // the numeric columns
    QList<QList<double>> rows;  // rows[i][j] is column j of row i

    static std::variant<SeriesTable, QString> fromRows(const QList<QStringList> &rows, const QString &field);
    static std::variant<SeriesTable, QString> readFile(const QString &path, const QString &field);
};

} // namespace deai::sandbox
