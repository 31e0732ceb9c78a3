@echo off
rem gaokai-lint launcher for Windows, the counterpart of the gaokai-lint shell script. The same file runs
rem in two places:
rem   a checkout of the repository:  gaokai-lint.bat                 runs cli\target\gaokai-lint.jar
rem   a release archive, unpacked:   gaokai-lint-X\bin\gaokai-lint.bat  runs gaokai-lint-X\lib\gaokai-lint.jar
rem It works from any directory (put the bin directory on the PATH).
rem
rem Environment: JAVA, the java command to run; else %JAVA_HOME%\bin\java.exe; else java on the PATH
rem (Java 17 or later). JAVA_OPTS, more JVM flags. GAOKAI_LINT_JAR, a jar to run instead.
setlocal EnableExtensions DisableDelayedExpansion

rem %~dp0 is this file's directory, with a trailing backslash.
set "GAOKAI_LINT_HERE=%~dp0"
set "GAOKAI_LINT_RUN_JAR=%GAOKAI_LINT_JAR%"
if defined GAOKAI_LINT_JAR goto haveJarPath
if exist "%GAOKAI_LINT_HERE%cli\pom.xml" goto checkout
for %%i in ("%GAOKAI_LINT_HERE%..\lib\gaokai-lint.jar") do set "GAOKAI_LINT_RUN_JAR=%%~fi"
goto haveJarPath
:checkout
set "GAOKAI_LINT_RUN_JAR=%GAOKAI_LINT_HERE%cli\target\gaokai-lint.jar"
if exist "%GAOKAI_LINT_RUN_JAR%" goto haveJarPath
echo gaokai-lint: "%GAOKAI_LINT_RUN_JAR%" not found; build it first with: mvn -q package -DskipTests 1>&2
exit /b 2
:haveJarPath
if exist "%GAOKAI_LINT_RUN_JAR%" goto haveJar
echo gaokai-lint: "%GAOKAI_LINT_RUN_JAR%" not found 1>&2
exit /b 2
:haveJar

if defined JAVA goto javaVariable
if defined JAVA_HOME goto javaHome
set "GAOKAI_LINT_JAVA=java.exe"
where /q java.exe
if not errorlevel 1 goto haveJava
echo gaokai-lint: no java found; install Java 17 or later and put it on the PATH, or set JAVA_HOME 1>&2
exit /b 2
:javaHome
rem JAVA_HOME is sometimes set with quotes around it
set "GAOKAI_LINT_JAVA_HOME=%JAVA_HOME:"=%"
set "GAOKAI_LINT_JAVA=%GAOKAI_LINT_JAVA_HOME%\bin\java.exe"
if exist "%GAOKAI_LINT_JAVA%" goto haveJava
echo gaokai-lint: JAVA_HOME is "%GAOKAI_LINT_JAVA_HOME%", but it has no bin\java.exe; set JAVA_HOME to a Java 17 or later installation 1>&2
exit /b 2
:javaVariable
set "GAOKAI_LINT_JAVA=%JAVA:"=%"
if exist "%GAOKAI_LINT_JAVA%" goto haveJava
where /q "%GAOKAI_LINT_JAVA%"
if not errorlevel 1 goto haveJava
echo gaokai-lint: no java found ("%GAOKAI_LINT_JAVA%"); install Java 17 or later and put it on the PATH, or set JAVA_HOME 1>&2
exit /b 2
:haveJava

rem A class-data-sharing archive beside the jar, when there is one (README, Install). The JVM checks it
rem against the jar itself: one made for another jar or JVM is skipped with a warning on stderr.
set "GAOKAI_LINT_CDS="
if exist "%GAOKAI_LINT_RUN_JAR:~0,-4%.jsa" set "GAOKAI_LINT_CDS=-XX:SharedArchiveFile=%GAOKAI_LINT_RUN_JAR:~0,-4%.jsa"

rem gaokai-lint writes UTF-8. A console shows it in its code page (936, 437, ...): switch the console to
rem UTF-8 (65001) for the run and back afterwards. chcp prints "Active code page: 936" in the system's
rem language, a few languages with a full stop after the number.
set "GAOKAI_LINT_CP="
for /f "tokens=2 delims=:" %%c in ('chcp 2^>nul') do set "GAOKAI_LINT_CP=%%c"
if defined GAOKAI_LINT_CP set "GAOKAI_LINT_CP=%GAOKAI_LINT_CP: =%"
if defined GAOKAI_LINT_CP set "GAOKAI_LINT_CP=%GAOKAI_LINT_CP:.=%"
if "%GAOKAI_LINT_CP%"=="65001" set "GAOKAI_LINT_CP="
if defined GAOKAI_LINT_CP chcp 65001 >nul 2>&1

rem A short-lived process: C1 only and the serial collector start fastest. No ( ) block around %*: an
rem argument such as report(2023).pdf would end it. (This file is ASCII: cmd reads it in the console's code page.)
if defined GAOKAI_LINT_CDS goto runWithCds
"%GAOKAI_LINT_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr %JAVA_OPTS% -jar "%GAOKAI_LINT_RUN_JAR%" %*
goto ran
:runWithCds
"%GAOKAI_LINT_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto "%GAOKAI_LINT_CDS%" -Xlog:disable -Xlog:all=warning:stderr %JAVA_OPTS% -jar "%GAOKAI_LINT_RUN_JAR%" %*
:ran
set "GAOKAI_LINT_EXIT=%ERRORLEVEL%"
if defined GAOKAI_LINT_CP chcp %GAOKAI_LINT_CP% >nul 2>&1
exit /b %GAOKAI_LINT_EXIT%
