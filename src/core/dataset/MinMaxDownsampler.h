// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace deai {

// Thins a series of unknown length to at most `maxPoints` points while streaming it.
// Rows fall into buckets of equal width; each bucket keeps its lowest and highest
// point, and when there are too many buckets, neighbours merge and the width doubles.
// Memory stays bounded by maxPoints whatever the series length.
class MinMaxDownsampler
{
public:
    explicit MinMaxDownsampler(int maxPoints = 2000);

    void add(qint64 row, double value);
    QList<QPointF> points() const;

private:
    struct Bucket
    {
        qint64 minRow = 0;
        double minValue = 0;
        qint64 maxRow = 0;
        double maxValue = 0;
    };

    static Bucket merged(const Bucket &a, const Bucket &b);
    void halve();

    qsizetype m_maxBuckets;
    qint64 m_bucketWidth = 1;
    QList<Bucket> m_buckets;
    QList<qint64> m_bucketIndex; // which bucket number each entry of m_buckets stands for
};

} // namespace deai
