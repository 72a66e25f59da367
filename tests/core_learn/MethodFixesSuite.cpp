// Entry point of the issue 9/10 method tests (called from main.cpp).
int runMethodOptionsTests(int argc, char** argv);
int runMethodTrainingTests(int argc, char** argv);
int runMethodRunTests(int argc, char** argv);
int runThreadSettingsTests(int argc, char** argv);

int runMethodFixesTests(int argc, char** argv) {
    int failures = 0;
    failures += runMethodOptionsTests(argc, argv);
    failures += runMethodTrainingTests(argc, argv);
    failures += runMethodRunTests(argc, argv);
    failures += runThreadSettingsTests(argc, argv);
    return failures;
}
