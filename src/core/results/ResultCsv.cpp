// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/ResultCsv.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <cmath>
#include <utility>

namespace deai {

namespace {

// A longer field can only come from a file that is not a result (or a quote never closed);
// dropping it keeps memory bounded whatever the input.
constexpr qsizetype kMaxFieldBytes = 64 * 1024;

enum Column
{
    FileColumn,
    PredictedClassColumn,
    ConfidenceColumn,
    StepColumn,
    ForecastColumn,
    ActualColumn,
    ColumnCount,
};

// A named context that lupdate can see, unlike a wrapper around QCoreApplication::translate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(deai::ResultCsv)
};

std::optional<double> finiteNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

QMap<QString, qint64> ResultCsvData::countPerClass() const
{
    QMap<QString, qint64> counts;
    for (const CnnResultRow &row : cnnRows)
        ++counts[row.predictedClass];
    return counts;
}

qsizetype ResultCsvData::actualCount() const
{
    qsizetype count = 0;
    for (const LstmResultRow &row : lstmRows)
        count += row.actual.has_value() ? 1 : 0;
    return count;
}

void ResultCsvParser::addData(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c == '\n')
            ++m_currentLine;

        if (m_quoted) {
            if (c == '"') {
                m_quoted = false;
                m_afterQuote = true;
            } else {
                appendToField(c);
            }
            continue;
        }
        if (m_afterQuote && c == '"') {
            m_field.append(c);
            m_quoted = true;
            m_afterQuote = false;
            continue;
        }
        m_afterQuote = false;

        if (c == '"' && m_field.isEmpty()) {
            m_quoted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\n') {
            endField();
            endRecord();
            m_line = m_currentLine;
        } else if (c != '\r') {
            appendToField(c);
        }
    }
}

ResultCsvData ResultCsvParser::finish()
{
    if (!m_field.isEmpty() || !m_fields.isEmpty() || m_quoted || m_afterQuote) {
        endField();
        endRecord();
    }
    if (!m_headerSeen && m_data.error.isEmpty())
        m_data.error = Text::tr("The result file is empty.");

    ResultCsvData data = std::move(m_data);
    *this = ResultCsvParser();
    return data;
}

void ResultCsvParser::appendToField(char c)
{
    if (m_field.size() < kMaxFieldBytes)
        m_field.append(c);
    else
        m_recordTooLong = true;
}

void ResultCsvParser::endField()
{
    if (m_atStart) {
        m_atStart = false;
        if (m_field.startsWith("\xEF\xBB\xBF"))
            m_field.remove(0, 3);
    }
    m_fields.append(QString::fromUtf8(m_field));
    m_field.clear();
}

void ResultCsvParser::endRecord()
{
    const QStringList fields = std::exchange(m_fields, {});
    const bool tooLong = std::exchange(m_recordTooLong, false);
    m_quoted = false;
    m_afterQuote = false;

    if (fields.size() == 1 && fields.constFirst().trimmed().isEmpty())
        return;
    if (!m_headerSeen) {
        m_headerSeen = true;
        takeHeader(fields);
    } else if (m_data.kind == ResultKind::Unknown) {
        return;
    } else if (tooLong) {
        rejectRow();
    } else {
        takeRow(fields);
    }
}

void ResultCsvParser::takeHeader(const QStringList &fields)
{
    static const char *const names[ColumnCount] = {"file", "predicted_class", "confidence",
                                                   "step", "forecast",        "actual"};
    m_columns = QList<int>(ColumnCount, -1);
    for (int column = 0; column < ColumnCount; ++column) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (fields.at(i).trimmed().compare(QLatin1String(names[column]), Qt::CaseInsensitive) ==
                0)
                m_columns[column] = int(i);
        }
    }

    m_headerColumnCount = fields.size();
    if (m_columns[FileColumn] >= 0 && m_columns[PredictedClassColumn] >= 0 &&
        m_columns[ConfidenceColumn] >= 0) {
        m_data.kind = ResultKind::Cnn;
    } else if (m_columns[StepColumn] >= 0 && m_columns[ForecastColumn] >= 0) {
        m_data.kind = ResultKind::Lstm;
        m_data.hasActualColumn = m_columns[ActualColumn] >= 0;
    } else {
        m_data.error = Text::tr("This is not an inference result: its first line should be "
                                "\"file,predicted_class,confidence\" or \"step,forecast\".");
    }
}

void ResultCsvParser::takeRow(const QStringList &fields)
{
    if (fields.size() != m_headerColumnCount) {
        rejectRow();
        return;
    }

    if (m_data.kind == ResultKind::Cnn) {
        const std::optional<double> confidence =
            finiteNumber(fields.at(m_columns[ConfidenceColumn]));
        const QString file = fields.at(m_columns[FileColumn]);
        if (!confidence || file.isEmpty()) {
            rejectRow();
            return;
        }
        m_data.cnnRows.append(
            {file, fields.at(m_columns[PredictedClassColumn]).trimmed(), *confidence});
        return;
    }

    bool stepOk = false;
    const qint64 step = fields.at(m_columns[StepColumn]).trimmed().toLongLong(&stepOk);
    const std::optional<double> forecast = finiteNumber(fields.at(m_columns[ForecastColumn]));
    LstmResultRow row{step, forecast.value_or(0), std::nullopt};
    if (m_data.hasActualColumn) {
        const QString actualText = fields.at(m_columns[ActualColumn]).trimmed();
        row.actual = finiteNumber(actualText);
        if (!actualText.isEmpty() && !row.actual) {
            rejectRow();
            return;
        }
    }
    if (!stepOk || step < 0 || !forecast) {
        rejectRow();
        return;
    }
    m_data.lstmRows.append(row);
}

void ResultCsvParser::rejectRow()
{
    ++m_data.badRowCount;
    if (m_data.firstBadLine == 0)
        m_data.firstBadLine = m_line;
}

ResultCsvData parseResultCsv(QIODevice &device)
{
    ResultCsvParser parser;
    while (!device.atEnd()) {
        const QByteArray chunk = device.read(64 * 1024);
        if (chunk.isEmpty())
            break;
        parser.addData(chunk);
    }
    return parser.finish();
}

ResultCsvData parseResultCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ResultCsvData data;
        data.error = Text::tr("Cannot read %1: %2").arg(path, file.errorString());
        return data;
    }
    return parseResultCsv(file);
}

} // namespace deai
