# End-to-end tests of the applications and deployments families against the sandbox.
coolify_add_test(e2e_applications
    SOURCES tst_applications.cpp
    LIBS coolify::models coolify::sandbox)
coolify_add_test(e2e_applications_errors
    SOURCES tst_applications_errors.cpp
    LIBS coolify::models coolify::sandbox)
coolify_add_test(e2e_deployments
    SOURCES tst_deployments.cpp
    LIBS coolify::models coolify::sandbox
    TIMEOUT 180)
