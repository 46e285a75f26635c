// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/CsvReader.h"

namespace deai {

QStringList splitCsvLine(QStringView line)
{
    QStringList fields;
    QString field;
    bool quoted = false;

    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c != u'"') {
                field.append(c);
            } else if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                field.append(c);
                ++i;
            } else {
                quoted = false;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field);
    return fields;
}

CsvReader::CsvReader(const QString &path)
    : m_file(path)
{}

bool CsvReader::open()
{
    m_atStart = true;
    return m_file.open(QIODevice::ReadOnly);
}

bool CsvReader::readRecord(QStringList &fields)
{
    while (!m_file.atEnd()) {
        QByteArray bytes = m_file.readLine();
        if (m_atStart) {
            m_atStart = false;
            if (bytes.startsWith("\xEF\xBB\xBF"))
                bytes.remove(0, 3);
        }
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        if (bytes.trimmed().isEmpty())
            continue;

        fields = splitCsvLine(QString::fromUtf8(bytes));
        return true;
    }
    return false;
}

} // namespace deai
