// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace deai {

// Asks where to save a file. Widgets take a SavePathChooser instead of opening
// QFileDialog themselves, so that widget tests can answer without a modal dialog.
class SavePathChooser
{
public:
    virtual ~SavePathChooser() = default;
    // An empty string when the user declines.
    virtual QString chooseSavePath(QWidget *parent, const QString &title,
                                   const QString &suggestedPath, const QString &filter) = 0;
};

// The app's chooser: a modal QFileDialog.
class FileDialogSavePathChooser final : public SavePathChooser
{
public:
    QString chooseSavePath(QWidget *parent, const QString &title, const QString &suggestedPath,
                           const QString &filter) override;
};

} // namespace deai
