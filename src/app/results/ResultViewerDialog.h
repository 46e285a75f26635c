// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

namespace deai {

class ResultViewer;
class SavePathChooser;

// A window of its own for one inference result, so that several results can
// be compared side by side while the main window goes on working.
class ResultViewerDialog : public QDialog
{
    Q_OBJECT

public:
    ResultViewerDialog(SavePathChooser *chooser, QWidget *parent = nullptr);

    // Asks where to save the result of `resultUrl`, then opens a window that downloads and
    // shows it. `dataFile` is the file the inference ran on, when it is local: the images
    // beside their predictions, or the actual series under the forecast. Answers the window,
    // or nullptr when the user declined to save.
    static ResultViewerDialog *open(QWidget *parent, SavePathChooser *chooser,
                                    const QUrl &resultUrl, const QString &title,
                                    const QString &dataFile = QString());

    ResultViewer *viewer() const { return m_viewer; }

private:
    ResultViewer *m_viewer;
};

} // namespace deai
