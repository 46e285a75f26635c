// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

class QIODevice;

namespace deai {

enum class ResultKind
{
    Unknown, // the header names neither format
    Cnn,     // file,predicted_class,confidence
    Lstm,    // step,forecast[,actual]
};

struct CnnResultRow
{
    QString file;
    QString predictedClass;
    double confidence = 0;
};

struct LstmResultRow
{
    qint64 step = 0;
    double forecast = 0;
    std::optional<double> actual;
};

struct ResultCsvData
{
    ResultKind kind = ResultKind::Unknown;
    QList<CnnResultRow> cnnRows;
    QList<LstmResultRow> lstmRows;
    bool hasActualColumn = false; // LSTM only
    qint64 badRowCount = 0;       // records skipped because a field was missing or not a number
    qint64 firstBadLine = 0;      // 1-based line of the first skipped record, 0 when none
    QString error;                // set when the file as a whole cannot be read as a result

    bool isValid() const { return error.isEmpty() && kind != ResultKind::Unknown; }
    qsizetype rowCount() const
    {
        return kind == ResultKind::Cnn ? cnnRows.size() : lstmRows.size();
    }
    QMap<QString, qint64> countPerClass() const;
    qsizetype actualCount() const;
};

// Parses a result CSV handed over in chunks of any size, so a download can be parsed
// as it arrives and a large file never has to sit in memory as raw text. Fields follow
// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
class ResultCsvParser
{
public:
    void addData(QByteArrayView bytes);
    // Ends the last record, even without a final line break, and hands the result over.
    ResultCsvData finish();

private:
    void appendToField(char c);
    void endField();
    void endRecord();
    void takeHeader(const QStringList &fields);
    void takeRow(const QStringList &fields);
    void rejectRow();

    ResultCsvData m_data;
    QStringList m_fields;
    QByteArray m_field;
    bool m_quoted = false;
    bool m_afterQuote = false; // a closing quote was seen; a second one means a literal quote
    bool m_recordTooLong = false;
    bool m_atStart = true;
    bool m_headerSeen = false;
    qint64 m_line = 1; // line the current record started on
    qint64 m_currentLine = 1;
    QList<int> m_columns; // header position of each known column, -1 when absent
    qsizetype m_headerColumnCount = 0;
};

ResultCsvData parseResultCsv(QIODevice &device);
ResultCsvData parseResultCsvFile(const QString &path);

} // namespace deai
