// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/CsvText.h"

#include <QCoreApplication>
#include <QFile>

namespace deai::sandbox {

namespace {

constexpr qint64 kMaxCsvBytes = qint64(512) * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::CsvText", text);
}

QStringList splitLine(QByteArrayView line)
{
    QStringList fields;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"') {
            if (quoted && i + 1 < line.size() && line[i + 1] == '"') {
                current += '"';
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == ',' && !quoted) {
            fields.append(QString::fromUtf8(current));
            current.clear();
        } else {
            current += c;
        }
    }
    fields.append(QString::fromUtf8(current));
    return fields;
}

bool isNumber(const QString &text)
{
    bool ok = false;
    text.trimmed().toDouble(&ok);
    return ok;
}

} // namespace

QList<QStringList> CsvText::parse(QByteArrayView text)
{
    QList<QStringList> rows;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            rows.append(splitLine(line));
        start = end + 1;
    }
    return rows;
}

std::variant<QList<QStringList>, QString> CsvText::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The uploaded file cannot be read back; upload it again.");
    if (file.size() > kMaxCsvBytes)
        return tr("The CSV file is larger than the sandbox reads (512 MiB).");
    return parse(file.readAll());
}

std::variant<SeriesTable, QString> SeriesTable::fromRows(const QList<QStringList> &rows, const QString &field)
{
    if (rows.size() < 2)
        return tr("%1 needs a header row naming the columns and at least one row of numbers.").arg(field);

    const QStringList header = rows.constFirst();
    const bool dropFirst = header.size() > 1 && !isNumber(rows[1].value(0));
    SeriesTable table;
    table.columns = header.mid(dropFirst ? 1 : 0);
    if (table.columns.isEmpty())
        return tr("%1 has no numeric columns.").arg(field);

    table.rows.reserve(rows.size() - 1);
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows[r];
        if (row.size() != header.size()) {
            return tr("%1 row %2 has %3 fields but the header names %4 columns.")
                .arg(field).arg(r + 1).arg(row.size()).arg(header.size());
        }
        QList<double> values;
        values.reserve(table.columns.size());
        for (qsizetype c = dropFirst ? 1 : 0; c < row.size(); ++c) {
            bool ok = false;
            values.append(row[c].trimmed().toDouble(&ok));
            if (!ok) {
                return tr("%1 row %2, column \"%3\": \"%4\" is not a number. Only a leading date "
                          "column may hold text.")
                    .arg(field).arg(r + 1).arg(header[c], row[c]);
            }
        }
        table.rows.append(std::move(values));
    }
    return table;
}

std::variant<SeriesTable, QString> SeriesTable::readFile(const QString &path, const QString &field)
{
    auto rows = CsvText::readFile(path);
    if (const QString *error = std::get_if<QString>(&rows))
        return *error;
    return fromRows(std::get<QList<QStringList>>(rows), field);
}

} // namespace deai::sandbox
