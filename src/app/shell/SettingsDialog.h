// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <chrono>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace deai {

// The QSettings key of the request timeout, in seconds.
inline const QString kRequestTimeoutSettingKey = QStringLiteral("network/timeoutSeconds");

// The request timeout the user chose, or the default one.
std::chrono::milliseconds requestTimeoutSetting();

// Language, appearance and request timeout. Reads the settings when built
// and writes them when accepted; the language applies at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace deai
