// Test pragma of php - pragma version.

%module php_pragma

%pragma(php) version= "1.5"

