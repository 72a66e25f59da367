// The core_distributed suite: several test classes in one executable, which also runs as its own worker
// processes (`--worker MODE ...`, see WorkerModes.h).
#include "WorkerModes.h"

#include <QtCore/QCoreApplication>

#include <string>
#include <vector>

int runDistributedEnvironmentTests(int argc, char** argv);
int runRunFolderLockTests(int argc, char** argv);
int runLocalLauncherTests(int argc, char** argv);
int runProcessGroupTests(int argc, char** argv);
int runSlurmJobScriptTests(int argc, char** argv);
int runCliDistributedTests(int argc, char** argv);

int main(int argc, char** argv) {
    if (argc > 1 && std::string(argv[1]) == "--worker")
        return crossseg::test::runWorker(std::vector<std::string>(argv + 2, argv + argc));
    QCoreApplication app(argc, argv);
    int failures = 0;
    failures += runDistributedEnvironmentTests(argc, argv);
    failures += runRunFolderLockTests(argc, argv);
    failures += runLocalLauncherTests(argc, argv);
    failures += runSlurmJobScriptTests(argc, argv);
    failures += runProcessGroupTests(argc, argv);
    failures += runCliDistributedTests(argc, argv);
    return failures == 0 ? 0 : 1;
}
