// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/ServerChoice.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace deai {

// Asks for the server, e-mail and password; the caller signs in with them.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(QWidget *parent = nullptr);
    ~SignInDialog() override;

    void prefill(const ServerChoice &server, const QString &email);
    // Why the user is asked, or why the last attempt failed.
    void setReason(const QString &reason, bool isError);

    ServerChoice server() const;
    QString email() const;
    QString password() const;
    bool rememberPassword() const;

    void accept() override;

private:
    void updateFields();

    std::unique_ptr<Ui::SignInDialog> m_ui;
};

} // namespace deai
