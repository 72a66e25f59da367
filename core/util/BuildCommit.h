#pragma once
#include <string>

namespace crossseg {

// The source revision this binary was built from: what a result needs to be repeated. Written at build time by
// cmake/WriteBuildCommit.cmake (`git rev-parse --short=12 HEAD`, "-dirty" when tracked files had uncommitted
// changes), so that a run record names the engine that trained it, not whatever the checkout says later.
class BuildCommit {
public:
    // "f8c0c81a1b2c", "f8c0c81a1b2c-dirty", or "unknown" when the sources were not a git checkout.
    static std::string text();
};

} // namespace crossseg
