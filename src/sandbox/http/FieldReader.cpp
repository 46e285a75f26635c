// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/FieldReader.h"

#include <QCoreApplication>

#include <cmath>

namespace deai::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::FieldReader", text);
}

} // namespace

FieldReader::FieldReader(const QJsonObject &object)
    : m_object(object)
{
}

void FieldReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool FieldReader::present(const QString &key) const
{
    return m_object.contains(key) && !m_object.value(key).isNull();
}

QString FieldReader::requiredString(const QString &key)
{
    if (!present(key)) {
        fail(tr("The field \"%1\" is required; add it as a JSON string.").arg(key));
        return {};
    }
    return optionalString(key).value_or(QString());
}

std::optional<QString> FieldReader::optionalString(const QString &key)
{
    if (!ok() || !present(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(tr("The field \"%1\" must be a JSON string.").arg(key));
        return std::nullopt;
    }
    if (value.toString().trimmed().isEmpty()) {
        fail(tr("The field \"%1\" is empty; give it a value.").arg(key));
        return std::nullopt;
    }
    return value.toString();
}

qint64 FieldReader::requiredPositiveInteger(const QString &key, qint64 max)
{
    if (!present(key)) {
        fail(tr("The field \"%1\" is required; add it as a positive JSON integer.").arg(key));
        return 1;
    }
    return positiveInteger(key, max);
}

std::optional<qint64> FieldReader::optionalPositiveInteger(const QString &key, qint64 max)
{
    if (!present(key))
        return std::nullopt;
    return positiveInteger(key, max);
}

qint64 FieldReader::positiveInteger(const QString &key, qint64 max)
{
    if (!ok())
        return 1;
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number) {
        fail(tr("The field \"%1\" must be a JSON integer such as 2, not a string or a fraction.").arg(key));
        return 1;
    }
    if (number < 1 || number > static_cast<double>(max)) {
        fail(tr("The field \"%1\" must be between 1 and %2.").arg(key).arg(max));
        return 1;
    }
    return static_cast<qint64>(number);
}

double FieldReader::requiredFraction(const QString &key)
{
    if (!present(key)) {
        fail(tr("The field \"%1\" is required; add a number between 0 and 1, such as 0.8.").arg(key));
        return 0.5;
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isDouble()) {
        fail(tr("The field \"%1\" must be a JSON number such as 0.8, not a string.").arg(key));
        return 0.5;
    }
    const double number = value.toDouble();
    if (!(number > 0.0 && number < 1.0)) {
        fail(tr("The field \"%1\" must be strictly between 0 and 1, such as 0.8.").arg(key));
        return 0.5;
    }
    return number;
}

} // namespace deai::sandbox
