// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/MinMaxDownsampler.h"

#include <algorithm>

namespace deai {

MinMaxDownsampler::MinMaxDownsampler(int maxPoints)
    : m_maxBuckets(std::max(1, maxPoints / 2))
{}

void MinMaxDownsampler::add(qint64 row, double value)
{
    const qint64 index = row / m_bucketWidth;
    if (m_bucketIndex.isEmpty() || m_bucketIndex.constLast() != index) {
        m_buckets.append({row, value, row, value});
        m_bucketIndex.append(index);
        if (m_buckets.size() > m_maxBuckets)
            halve();
        return;
    }

    Bucket &bucket = m_buckets.last();
    if (value < bucket.minValue) {
        bucket.minRow = row;
        bucket.minValue = value;
    }
    if (value > bucket.maxValue) {
        bucket.maxRow = row;
        bucket.maxValue = value;
    }
}

MinMaxDownsampler::Bucket MinMaxDownsampler::merged(const Bucket &a, const Bucket &b)
{
    Bucket result = a;
    if (b.minValue < result.minValue) {
        result.minRow = b.minRow;
        result.minValue = b.minValue;
    }
    if (b.maxValue > result.maxValue) {
        result.maxRow = b.maxRow;
        result.maxValue = b.maxValue;
    }
    return result;
}

void MinMaxDownsampler::halve()
{
    m_bucketWidth *= 2;
    QList<Bucket> buckets;
    QList<qint64> indices;
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        const qint64 index = m_bucketIndex.at(i) / 2;
        if (!indices.isEmpty() && indices.constLast() == index) {
            buckets.last() = merged(buckets.constLast(), m_buckets.at(i));
        } else {
            buckets.append(m_buckets.at(i));
            indices.append(index);
        }
    }
    m_buckets = std::move(buckets);
    m_bucketIndex = std::move(indices);
}

QList<QPointF> MinMaxDownsampler::points() const
{
    QList<QPointF> result;
    result.reserve(m_buckets.size() * 2);
    for (const Bucket &bucket : m_buckets) {
        const QPointF low(double(bucket.minRow), bucket.minValue);
        const QPointF high(double(bucket.maxRow), bucket.maxValue);
        if (bucket.minRow == bucket.maxRow) {
            result.append(low);
        } else if (bucket.minRow < bucket.maxRow) {
            result.append(low);
            result.append(high);
        } else {
            result.append(high);
            result.append(low);
        }
    }
    return result;
}

} // namespace deai
