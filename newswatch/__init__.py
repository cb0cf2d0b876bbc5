"""newswatch: the application shell (configuration, logging, command line) around crawler/ and monitor/."""
