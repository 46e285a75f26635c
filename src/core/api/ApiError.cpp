// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiError.h"

#include <QCoreApplication>
#include <QSslError>
#include <QStringList>

namespace deai {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(deai::ApiError)
};

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString secondsText(std::chrono::milliseconds timeout)
{
    // A display value only: a timeout is not money, so a double is fine here.
    return QString::number(static_cast<double>(timeout.count()) / 1000.0);
}

} // namespace

ApiError::ApiError(Kind kind, QString operation, QString detail)
    : m_kind(kind)
    , m_operation(std::move(operation))
    , m_detail(std::move(detail))
{}

void ApiError::setServerReply(int code, const QString &message)
{
    m_serverCode = code;
    m_serverMessage = message;
}

QString ApiError::message() const
{
    QString text;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        text = Text::tr("%1 was cancelled.").arg(capitalized(m_operation));
        break;
    case Kind::TimedOut:
        text = Text::tr("The server did not answer within %1 s while %2. "
                        "Check your connection and try again.")
                   .arg(secondsText(m_timeout), m_operation);
        break;
    case Kind::Unreachable:
        text = Text::tr("The server could not be reached while %1. "
                        "Check your internet connection and the server address, then try again.")
                   .arg(m_operation);
        break;
    case Kind::Tls:
        text = Text::tr("The secure connection to the server failed while %1 (%2). "
                        "Check the server address, your system clock and its certificates.")
                   .arg(m_operation, m_detail);
        break;
    case Kind::HttpStatus:
        text = Text::tr("The server answered with HTTP status %1 while %2. "
                        "The service may be busy or down; try again later.")
                   .arg(QString::number(m_httpStatus), m_operation);
        break;
    case Kind::NotJson:
        text = Text::tr("The server sent a page instead of an API answer while %1, perhaps from a "
                        "proxy or during maintenance. Try again later.")
                   .arg(m_operation);
        break;
    case Kind::BadResponse:
        text = Text::tr("The server's answer could not be understood while %1 (%2). "
                        "Try again later; if this persists, the API may have changed.")
                   .arg(m_operation, m_detail);
        break;
    case Kind::ServerCode:
        text = Text::tr("%1 failed: the server said \u201c%2\u201d (code %3).")
                   .arg(capitalized(m_operation), m_serverMessage, QString::number(m_serverCode));
        break;
    case Kind::Unauthorized:
        text = Text::tr("You are not signed in or your session has expired, so %1 was refused. "
                        "Please sign in again.")
                   .arg(m_operation);
        break;
    case Kind::LocalFile:
        text = Text::tr("The file could not be read while %1 (%2). "
                        "Check that it exists and that you may read it.")
                   .arg(m_operation, m_detail);
        break;
    }
    if (m_outcomeUnknown) {
        text += QLatin1Char(' ') +
                Text::tr("The request may already have reached the server: check your jobs "
                         "before trying again, so that nothing is paid for twice.");
    }
    return text;
}

QString describeTlsErrors(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    return texts.join(QStringLiteral("; "));
}

} // namespace deai
