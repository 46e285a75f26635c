// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AccountStatus.h"

#include "account/AppBackend.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace deai {

namespace {

QLabel *makeLabel(QWidget *parent, const char *objectName, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AccountStatus::AccountStatus(AppBackend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_busyBar(new QProgressBar(this))
    , m_busyLabel(makeLabel(this, "busyLabel", tr("Current activity")))
    , m_serverLabel(makeLabel(this, "serverLabel", tr("Server")))
    , m_accountLabel(makeLabel(this, "accountLabel", tr("Signed-in account")))
    , m_expiryLabel(makeLabel(this, "expiryLabel", tr("Sign-in ends")))
    , m_balanceLabel(makeLabel(this, "balanceLabel", tr("CCD balance")))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(80);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->hide();
    for (QWidget *widget : {static_cast<QWidget *>(m_busyBar), static_cast<QWidget *>(m_busyLabel),
                            static_cast<QWidget *>(m_serverLabel),
                            static_cast<QWidget *>(m_accountLabel),
                            static_cast<QWidget *>(m_expiryLabel),
                            static_cast<QWidget *>(m_balanceLabel)})
        layout->addWidget(widget);

    connect(m_backend, &AppBackend::accountChanged, this, &AccountStatus::update);
    connect(m_backend, &AppBackend::balanceChanged, this, &AccountStatus::update);
    connect(m_backend, &AppBackend::busyChanged, this, &AccountStatus::setBusy);
    update();
}

void AccountStatus::setBusy(const QString &what)
{
    m_busyBar->setVisible(!what.isEmpty());
    m_busyLabel->setText(what);
}

void AccountStatus::update()
{
    m_serverLabel->setText(tr("Connected to: %1").arg(m_backend->server().description()));
    const bool signedIn = m_backend->isSignedIn();
    const QString email = m_backend->email();
    if (signedIn)
        m_accountLabel->setText(tr("Signed in as %1").arg(email));
    else if (!email.isEmpty())
        m_accountLabel->setText(tr("Sign-in ended for %1").arg(email));
    else
        m_accountLabel->setText(tr("Not signed in"));
    m_expiryLabel->setVisible(signedIn);
    m_expiryLabel->setText(
        tr("until %1").arg(QLocale().toString(m_backend->expiresAt().toLocalTime().time(),
                                              QLocale::ShortFormat)));
    const std::optional<CcdAmount> balance = m_backend->balance();
    m_balanceLabel->setVisible(signedIn && balance.has_value());
    if (balance)
        m_balanceLabel->setText(tr("Balance: %1").arg(balance->toDisplayString(6)));
}

} // namespace deai
