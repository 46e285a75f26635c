// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SavePathChooser.h"

#include <QString>

class QWidget;

namespace deai {

// Asks the user to confirm a step that spends CCD or cannot be undone, and
// where to save a file. Widgets take a UserPrompter instead of opening
// QMessageBox or QFileDialog themselves, so that widget tests can answer
// without a real modal dialog.
class UserPrompter : public SavePathChooser
{
public:
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel) = 0;
    // A modal file dialog unless a prompter answers otherwise.
    QString chooseSavePath(QWidget *parent, const QString &title, const QString &suggestedPath,
                           const QString &filter) override;
};

// The app's prompter: a modal QMessageBox whose default button is Cancel.
class MessageBoxPrompter final : public UserPrompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &acceptLabel) override;
};

} // namespace deai
