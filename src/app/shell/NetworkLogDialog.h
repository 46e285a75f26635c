// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <chrono>

class QPlainTextEdit;

namespace deai {

class ApiClient;

// Every finished HTTP exchange of this run, one line each, for support.
// The client never hands it a token or a password.
class NetworkLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NetworkLogDialog(ApiClient *api, QWidget *parent = nullptr);

private:
    void append(const QString &call, int httpStatus, qint64 bytes,
                std::chrono::milliseconds duration);

    QPlainTextEdit *m_log;
};

} // namespace deai
