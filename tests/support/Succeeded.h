#pragma once

#include "Result.h"

#include <QString>

// A store's Result read the way a test reads a bool, its error text kept for the failure message:
//   QVERIFY2(succeeded(tenants.save(tenant), &error), qPrintable(error));
// `value`, when given, receives a successful Result's value.
template <typename T> bool succeeded(const Result<T> &result, QString *error, T *value = nullptr) {
    *error = result.errorText();
    if (result.ok() && value)
        *value = result.value();
    return result.ok();
}
