; Inno Setup script: the PhotoSafe installer for Windows (Inno Setup 6).
;
;   python tools\build_app.py                                      (makes dist\PhotoSafe\)
;   iscc /DAppVersion=0.1.0 packaging\windows\photosafe.iss        (makes dist\PhotoSafe-0.1.0-setup.exe)
;
; Per user, without administrator rights: installs to %LOCALAPPDATA%\Programs\PhotoSafe,
; Start-menu shortcut (desktop shortcut optional), "Open with PhotoSafe" for photos in the
; user's own registry (HKCU\Software\Classes), installer in Dutch, French and English.
; Uninstalling keeps the user's cases, settings and logs unless they tick the box to remove
; them. tests/test_packaging.py checks this script (sections, paths, AppId).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "PhotoSafe"
#define AppExe "photosafe-desktop.exe"
#define ProgId "PhotoSafe.Photo"
; where core/paths.py keeps everything on Windows: platformdirs' user_data_dir
; ("photosafe-desktop" by "PhotoSafe", not roaming); logs and caches are inside it
#define DataFolder "{localappdata}\PhotoSafe\photosafe-desktop"

[Setup]
; fixed forever: Windows finds earlier installs (upgrade, uninstall) by it
AppId={{557C4D1E-BAC7-4056-99A8-D5BAE64776CA}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=PhotoSafe Desktop contributors
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=PhotoSafe-{#AppVersion}-windows-x64-setup
SetupIconFile=resources\icons\photosafe.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=auto
UsePreviousLanguage=no

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.OpenWith=Openen met PhotoSafe
fr.OpenWith=Ouvrir avec PhotoSafe
en.OpenWith=Open with PhotoSafe
nl.AssocTask=Foto's (JPEG, PNG, HEIC, WebP) kunnen openen met PhotoSafe
fr.AssocTask=Pouvoir ouvrir les photos (JPEG, PNG, HEIC, WebP) avec PhotoSafe
en.AssocTask=Let photos (JPEG, PNG, HEIC, WebP) open with PhotoSafe
nl.RemoveDataTitle=PhotoSafe verwijderen
fr.RemoveDataTitle=Désinstaller PhotoSafe
en.RemoveDataTitle=Uninstall PhotoSafe
nl.RemoveDataText=PhotoSafe wordt verwijderd. Uw dossiers (verwijderverzoeken), instellingen en logbestanden blijven bewaard, tenzij u hieronder aanvinkt dat ze ook weg mogen. Uw foto's en veilige kopieën worden nooit verwijderd.
fr.RemoveDataText=PhotoSafe va être désinstallé. Vos dossiers (demandes de retrait), vos réglages et les fichiers journaux sont conservés, sauf si vous cochez ci-dessous qu’ils peuvent aussi être supprimés. Vos photos et les copies sûres ne sont jamais supprimées.
en.RemoveDataText=PhotoSafe will be removed. Your cases (removal requests), settings and log files are kept unless you tick the box below to remove them too. Your photos and safe copies are never removed.
nl.RemoveDataBox=Ook mijn dossiers, instellingen en logbestanden verwijderen
fr.RemoveDataBox=Supprimer aussi mes dossiers, réglages et fichiers journaux
en.RemoveDataBox=Also remove my cases, settings and log files

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; the PyInstaller one-folder bundle made by tools/build_app.py
Source: "dist\PhotoSafe\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; "Open with PhotoSafe" for photos, for this user only; the user's default app is untouched
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:OpenWith}"; Flags: uninsdeletekey; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open"; ValueType: string; ValueName: ""; ValueData: "{cm:OpenWith}"; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.jpg\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.jpeg\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.png\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.heic\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.webp\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".jpg"; ValueData: ""; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".jpeg"; ValueData: ""; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".png"; ValueData: ""; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".heic"; ValueData: ""; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".webp"; ValueData: ""; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  RemoveUserData: Boolean;

{ Asks, before anything is removed, whether the user's own data may go too. The box is
  unticked: keeping the cases is the default, and a silent uninstall always keeps them. }
function InitializeUninstall(): Boolean;
var
  Form: TSetupForm;
  Explanation: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  RemoveUserData := False;
  Result := True;
  if UninstallSilent then
    Exit;
#if Ver >= EncodeVer(6, 6, 0)
  Form := CreateCustomForm(420, 170, False, True);
#else
  Form := CreateCustomForm();
  Form.ClientWidth := ScaleX(420);
  Form.ClientHeight := ScaleY(170);
#endif
  try
    Form.Caption := CustomMessage('RemoveDataTitle');
    Explanation := TNewStaticText.Create(Form);
    Explanation.Parent := Form;
    Explanation.Left := ScaleX(12);
    Explanation.Top := ScaleY(12);
    Explanation.Width := Form.ClientWidth - ScaleX(24);
    Explanation.WordWrap := True;
    Explanation.AutoSize := True;
    Explanation.Caption := CustomMessage('RemoveDataText');
    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.Left := ScaleX(12);
    Box.Top := ScaleY(96);
    Box.Width := Form.ClientWidth - ScaleX(24);
    Box.Height := ScaleY(20);
    Box.Caption := CustomMessage('RemoveDataBox');
    Box.Checked := False;
    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Width := ScaleX(90);
    OkButton.Height := ScaleY(24);
    OkButton.Left := Form.ClientWidth - ScaleX(200);
    OkButton.Top := Form.ClientHeight - ScaleY(36);
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;
    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Width := ScaleX(90);
    CancelButton.Height := ScaleY(24);
    CancelButton.Left := Form.ClientWidth - ScaleX(102);
    CancelButton.Top := Form.ClientHeight - ScaleY(36);
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;
    Form.ActiveControl := OkButton;
    Result := Form.ShowModal() = mrOk;
    RemoveUserData := Result and Box.Checked;
  finally
    Form.Free();
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and RemoveUserData then
  begin
    DelTree(ExpandConstant('{#DataFolder}'), True, True, True);
    RemoveDir(ExpandConstant('{localappdata}\PhotoSafe'));  { only when nothing else is in it }
  end;
end;
