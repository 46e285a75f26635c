// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace deai {

class AppBackend;

// The status bar's account line: server, who is signed in, when the sign-in
// ends (local time), the balance when known, and a busy indicator.
class AccountStatus : public QWidget
{
    Q_OBJECT

public:
    explicit AccountStatus(AppBackend *backend, QWidget *parent = nullptr);

    void setBusy(const QString &what);

private:
    void update();

    AppBackend *m_backend;
    QProgressBar *m_busyBar;
    QLabel *m_busyLabel;
    QLabel *m_serverLabel;
    QLabel *m_accountLabel;
    QLabel *m_expiryLabel;
    QLabel *m_balanceLabel;
};

} // namespace deai
