// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace deai::sandbox {

// Reads typed fields of a JSON request body. The first problem is kept as a
// sentence that names the field and how to fix it; after it, every read
// answers a neutral value so a route can read all fields, then check ok().
class FieldReader
{
public:
    // Exactly representable in a double, so no integer is silently rounded.
    static constexpr qint64 kMaxInteger = (qint64(1) << 53);

    explicit FieldReader(const QJsonObject &object);

    QString requiredString(const QString &key);
    std::optional<QString> optionalString(const QString &key);
    qint64 requiredPositiveInteger(const QString &key, qint64 max = kMaxInteger);
    std::optional<qint64> optionalPositiveInteger(const QString &key, qint64 max = kMaxInteger);
    double requiredFraction(const QString &key); // strictly between 0 and 1

    void fail(const QString &message);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    bool present(const QString &key) const;
    qint64 positiveInteger(const QString &key, qint64 max);

    QJsonObject m_object;
    QString m_error;
};

} // namespace deai::sandbox
