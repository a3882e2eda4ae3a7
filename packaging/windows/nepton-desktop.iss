; Inno Setup 6 script: per-user installer for Nepton Desktop (no administrator rights needed).
; Build on Windows (see packaging/README.md, "Windows"):
;   python -m nepton_desktop.ui.i18n.build      (translations .ts -> .qm, before PyInstaller)
;   python packaging\windows\make_version_file.py
;   pyinstaller --noconfirm --clean packaging\nepton-desktop.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\nepton-desktop.iss
; Output: dist\nepton-desktop-<version>-setup.exe
;
; The version is not written here: it is read from the version resource of the built
; nepton-desktop.exe, which make_version_file.py writes from nepton_desktop.__version__.
; Override for a test build with ISCC /DAppVersion=1.2.3.

#define AppName "Nepton Desktop"
#define AppExeName "nepton-desktop.exe"
#define AppPublisher "Nepton Desktop"
; SourcePath: this script's folder (with a trailing backslash), so ISCC can run from anywhere.
#define BundleDir SourcePath + "..\..\dist\nepton-desktop"
#define AppExe BundleDir + "\" + AppExeName

#ifnexist AppExe
  #error dist\nepton-desktop\nepton-desktop.exe is missing: run PyInstaller with packaging\nepton-desktop.spec first
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AppExe, "ProductVersion")
#endif
#define AppVersionNumbers GetVersionNumbersString(AppExe)

; Swedish is not shipped with Inno Setup 6 (Finnish is): fetch the user-contributed
; translation once, see packaging/windows/languages/README.md.
#ifnexist SourcePath + "languages\Swedish.isl"
  #error packaging\windows\languages\Swedish.isl is missing: see packaging\windows\languages\README.md
#endif

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: NEVER change it
; (packaging/buildinfo.py WINDOWS_APP_ID; tests/packaging checks they agree). The doubled
; brace is Inno's escape for a literal "{".
AppId={{8E4C2B6A-5F1D-4C3B-9A7E-2D6F0B1C9E35}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
; Per-user install: no UAC prompt, installs to %LOCALAPPDATA%\Programs\Nepton Desktop.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=nepton-desktop-{#AppVersion}-setup
SetupIconFile=..\icons\nepton-desktop.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
; Upgrading while the app runs: ask to close it (Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl,nepton-desktop-messages.isl"
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl,nepton-desktop-messages.isl"
Name: "sv"; MessagesFile: "languages\Swedish.isl,nepton-desktop-messages.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no stale libraries from the previous version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the app writes next to itself (none expected; settings and journals live in the
; user's profile and are kept on uninstall, like the keyring entries).
Type: dirifempty; Name: "{app}"
