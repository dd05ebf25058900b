#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace orion {

// An expected failure: what went wrong, in words a user can act on. `code` is a short stable tag
// (e.g. "config.range", "money.precision") that tests and callers may branch on.
struct Error
{
    QString code;
    QString message;

    QString toString() const { return code.isEmpty() ? message : code + QStringLiteral(": ") + message; }
    friend bool operator==(const Error&, const Error&) = default;
};

inline Error makeError(QString code, QString message)
{
    return Error{std::move(code), std::move(message)};
}

// Either a value or an Error. Expected failures (network, parse, venue reject, bad config) return this;
// broken invariants do not.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {} // NOLINT: implicit by design
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {} // NOLINT: implicit by design

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<1>(m_state); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {} // NOLINT: implicit by design

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace orion
