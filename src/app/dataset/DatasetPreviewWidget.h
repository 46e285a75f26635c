// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/DatasetProblem.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
QT_END_NAMESPACE

namespace deai {

struct CnnDatasetReport;
struct LstmDatasetReport;
class CnnPreviewPage;
class LstmPreviewPage;

// Shows what a dataset inspection found, so the user knows the data before CCD is spent:
// an image dataset as thumbnails and label counts, a time series as its first rows and a
// chart; either with the problems found, one per line. While the inspection runs it
// shows its progress and a Cancel button.
class DatasetPreviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetPreviewWidget(QWidget *parent = nullptr);

    // Label charts show this many bars at most, the last one standing for all the others.
    void setMaxChartCategories(int count) { m_maxChartCategories = count; }
    int maxChartCategories() const { return m_maxChartCategories; }

    bool hasBlockingProblem() const;
    QList<DatasetProblem> problems() const { return m_problems; }

public Q_SLOTS:
    void showCnnReport(const deai::CnnDatasetReport &report);
    void showLstmReport(const deai::LstmDatasetReport &report);
    // total 0 means the amount of work is not known yet.
    void showInspecting(qint64 done, qint64 total);
    // The inspection itself failed, e.g. the file could not be opened.
    void showError(const QString &message);
    void clear();

Q_SIGNALS:
    void cancelRequested();

private:
    QWidget *createInspectingPage();
    void showProblems(const QList<DatasetProblem> &problems, bool canceled);

    QList<DatasetProblem> m_problems;
    int m_maxChartCategories = 12;

    QStackedWidget *m_stack;
    QLabel *m_placeholderLabel;
    QWidget *m_inspectingPage = nullptr;
    QLabel *m_inspectingLabel = nullptr;
    QProgressBar *m_inspectionProgressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    CnnPreviewPage *m_cnnPage;
    LstmPreviewPage *m_lstmPage;
    QListWidget *m_problemList;
};

} // namespace deai
