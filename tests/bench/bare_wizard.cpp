// SPDX-License-Identifier: GPL-3.0-or-later
// The reference for the cold-start benchmark: the smallest honest Qt Widgets
// program, one QWizard page with a field, started the same way as the app.
#include <QApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);

    QWizard wizard;
    auto *page = new QWizardPage;
    page->setTitle(QCoreApplication::translate("BareWizard", "A bare wizard"));
    page->setSubTitle(QCoreApplication::translate("BareWizard", "One page, one field."));
    auto *layout = new QFormLayout(page);
    layout->addRow(QCoreApplication::translate("BareWizard", "Name:"), new QLineEdit);
    wizard.addPage(page);
    wizard.show();

    return app.exec();
}
