// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiTypes.h"
#include "dataset/LstmWindows.h"
#include "wizard/WizardContext.h"

#include <QWizardPage>

#include <memory>
#include <optional>
#include <utility>

class QAbstractSpinBox;

namespace Ui {
class WizardParametersPage;
}

namespace deai {

class ProposedFields;
class WindowDiagramWidget;

// Page 3: the training parameters of the chosen model. The last values used
// for each model come back the next time.
class ParametersPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ParametersPage(WizardContext *context, QWidget *parent = nullptr);
    ~ParametersPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // True while the field shows a value proposed from the dataset.
    bool isProposed(const QWidget *field) const;

private:
    void alignParameterColumns();
    QString problem() const;
    void showProblem();
    TrainingSpec spec() const;
    QList<std::pair<QAbstractSpinBox *, QString>> rememberedFields() const;
    void loadRemembered();
    void remember() const;
    void setUpProposals();
    void applyProposals();
    LstmWindowSettings windowSettings() const;

    WizardContext *m_context;
    std::unique_ptr<Ui::WizardParametersPage> m_ui;
    std::optional<ModelKind> m_loadedModel;
    ProposedFields *m_proposed;
    WindowDiagramWidget *m_windowDiagram;
};

} // namespace deai
