// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

namespace deai {

// Splits one CSV record. Quoted fields may hold commas and doubled quotes; a quoted
// field spanning several lines is not supported, as neither dataset format needs it.
QStringList splitCsvLine(QStringView line);

// Reads a CSV file one record at a time, so a file of several GB never sits in memory.
// Accepts LF and CRLF line ends and a UTF-8 byte order mark.
class CsvReader
{
public:
    explicit CsvReader(const QString &path);

    bool open();
    QString errorString() const { return m_file.errorString(); }

    // Skips blank lines; false at the end of the file.
    bool readRecord(QStringList &fields);

    qint64 bytesRead() const { return m_file.pos(); }
    qint64 size() const { return m_file.size(); }

private:
    QFile m_file;
    bool m_atStart = true;
};

} // namespace deai
