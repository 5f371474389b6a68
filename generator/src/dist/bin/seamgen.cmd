@echo off
rem The seamgen command line: runs lib\seamgen-cli.jar from this distribution, with the JVM
rem options bin/seamgen explains. SEAMGEN_OPTS adds JVM options; JAVA_HOME picks the JVM.
setlocal
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java"
"%JAVA_EXE%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 %SEAMGEN_OPTS% -jar "%~dp0..\lib\seamgen-cli.jar" %*
exit /b %ERRORLEVEL%
