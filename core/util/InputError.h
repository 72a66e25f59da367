#pragma once
#include <filesystem>
#include <stdexcept>
#include <string>

namespace crossseg {

// An error caused by what the user gave us (a file, a folder, an argument). Its message always names the
// file and the cause, so that the command line can print it as one line and the GUI can show it as is.
class InputError : public std::runtime_error {
public:
    InputError(const std::filesystem::path& file, const std::string& cause)
        : std::runtime_error(file.string() + ": " + cause), file_(file), cause_(cause) {}
    explicit InputError(const std::string& cause) : std::runtime_error(cause), cause_(cause) {}

    const std::filesystem::path& file() const { return file_; }
    const std::string& cause() const { return cause_; }

private:
    std::filesystem::path file_;
    std::string cause_;
};

} // namespace crossseg
