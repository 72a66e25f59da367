#pragma once
// The message a bad input produces, for tests that check what the user is told.
#include "core/util/InputError.h"

#include <QtCore/QString>

#include <exception>
#include <functional>

namespace crossseg::test {

// The message of the InputError that f throws. "NO ERROR" when f throws nothing and "NOT AN InputError: ..." for
// another exception, so that a check on the message fails in both cases.
inline QString inputErrorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        return "NOT AN InputError: " + QString::fromStdString(e.what());
    }
    return "NO ERROR";
}

} // namespace crossseg::test
