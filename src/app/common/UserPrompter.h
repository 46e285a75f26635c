// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace deai {

// Asks the user to confirm a step that spends CCD or cannot be undone.
// Widgets take a UserPrompter instead of opening QMessageBox themselves, so
// that widget tests can answer without a real modal dialog.
class UserPrompter
{
public:
    virtual ~UserPrompter() = default;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel) = 0;
};

// The app's prompter: a modal QMessageBox whose default button is Cancel.
class MessageBoxPrompter final : public UserPrompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &acceptLabel) override;
};

} // namespace deai
