// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QFile>

namespace deai::test {

QByteArray readTestData(const QString &relativePath)
{
    QFile file(QStringLiteral(DEAI_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Test data %s is missing", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace deai::test
