// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/WizardContext.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QStackedWidget;

namespace deai {

class DatasetInspector;
class DatasetPreviewWidget;
struct CnnDatasetReport;
struct LstmDatasetReport;

// Inspects the files the user chose, off the UI thread, as soon as they are chosen, and
// shows what it found in the page's preview area. What it learns goes into the wizard
// context for the parameters page.
class DatasetCheck : public QObject
{
    Q_OBJECT

public:
    DatasetCheck(WizardContext *context, QStackedWidget *previewArea, QObject *parent = nullptr);

    // Starts over for these local files; a running inspection is canceled first.
    void check(ModelKind model, const QStringList &localPaths);
    void reset();
    // True when a problem found means the server would certainly reject the data.
    bool blocksTraining() const;
    bool isRunning() const;
    DatasetPreviewWidget *preview() const { return m_preview; }

Q_SIGNALS:
    void resultChanged();

private:
    struct Request
    {
        ModelKind model = ModelKind::Cnn;
        QStringList paths;
    };

    void startPending();
    void takeCnnReport(const CnnDatasetReport &report);
    void takeLstmReport(const LstmDatasetReport &report);

    WizardContext *m_context;
    DatasetInspector *m_inspector;
    DatasetPreviewWidget *m_preview;
    std::optional<Request> m_pending;
    Request m_current;
};

} // namespace deai
