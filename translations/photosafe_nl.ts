<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About PhotoSafe</source>
            <translation>Over PhotoSafe</translation>
        </message>
        <message>
            <source>Make photos of children safe to share, and get images removed from the internet. PhotoSafe sends no data anywhere unless you ask it to.</source>
            <translation>Maak foto's van kinderen veilig om te delen en laat beelden van het internet verwijderen. PhotoSafe verstuurt nergens gegevens naartoe, tenzij u erom vraagt.</translation>
        </message>
        <message>
            <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
            <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
        </message>
        <message>
            <source>PhotoSafe is built with these components:</source>
            <translation>PhotoSafe is gebouwd met deze onderdelen:</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licentie</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
    </context>
    <context>
        <name>AreaPage</name>
        <message>
            <source>Back to start</source>
            <translation>Terug naar het begin</translation>
        </message>
        <message>
            <source>Back to the start screen (Alt+Home)</source>
            <translation>Terug naar het beginscherm (Alt+Home)</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This file is empty (0 bytes).</source>
            <extracomment>Far above any real photo (a 200-megapixel phone photo is 2e8), far below what would exhaust memory on a laptop (RGBA at this size is ~2.4 GB).</extracomment>
            <translation>Dit bestand is leeg (0 bytes).</translation>
        </message>
        <message>
            <source>PhotoSafe is not allowed to read this file.</source>
            <translation>PhotoSafe mag dit bestand niet lezen.</translation>
        </message>
        <message>
            <source>This file no longer exists.</source>
            <translation>Dit bestand bestaat niet meer.</translation>
        </message>
        <message>
            <source>This is a folder, not a photo.</source>
            <translation>Dit is een map, geen foto.</translation>
        </message>
        <message>
            <source>This file is not a photo PhotoSafe can read, or it is damaged.</source>
            <translation>Dit bestand is geen foto die PhotoSafe kan lezen, of het is beschadigd.</translation>
        </message>
        <message>
            <source>This image is far too large to be a photo ({limit} megapixels at most); it was not opened, to protect your computer.</source>
            <translation>Deze afbeelding is veel te groot voor een foto (hoogstens {limit} megapixel); ze werd niet geopend, om uw computer te beschermen.</translation>
        </message>
        <message>
            <source>This photo is damaged or incomplete and cannot be read.</source>
            <translation>Deze foto is beschadigd of onvolledig en kan niet gelezen worden.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>What would you like to do?</source>
            <translation>Wat wilt u doen?</translation>
        </message>
        <message>
            <source>PhotoSafe works on this computer only. Your photos are never uploaded, and nothing is sent unless you ask for it.</source>
            <translation>PhotoSafe werkt alleen op deze computer. Uw foto's worden nooit geüpload en er wordt niets verstuurd tenzij u erom vraagt.</translation>
        </message>
        <message>
            <source>Make photos safe to share</source>
            <translation>Foto's veilig maken om te delen</translation>
        </message>
        <message>
            <source>Hide children's faces and remove hidden information, such as where a photo was taken, before you post or send your photos.</source>
            <translation>Verberg de gezichten van kinderen en verwijder verborgen informatie, zoals waar een foto genomen is, voordat u uw foto's online zet of verstuurt.</translation>
        </message>
        <message>
            <source>Get an image removed from the internet</source>
            <translation>Een beeld van het internet laten verwijderen</translation>
        </message>
        <message>
            <source>One simple form: PhotoSafe finds out whom to ask, writes the requests for you and helps you follow them up.</source>
            <translation>Eén eenvoudig formulier: PhotoSafe zoekt uit aan wie u het moet vragen, schrijft de verzoeken voor u en helpt u ze op te volgen.</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>Mijn dossiers</translation>
        </message>
        <message>
            <source>See the removal requests you have made, and what to do next.</source>
            <translation>Bekijk de verwijderingsverzoeken die u hebt gedaan, en wat u nu kunt doen.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Start screen</source>
            <translation>&amp;Beginscherm</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hulp</translation>
        </message>
        <message>
            <source>&amp;About PhotoSafe</source>
            <translation>&amp;Over PhotoSafe</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderArea</name>
        <message>
            <source>Make photos safe to share</source>
            <translation>Foto's veilig maken om te delen</translation>
        </message>
        <message>
            <source>Get an image removed from the internet</source>
            <translation>Een beeld van het internet laten verwijderen</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>Mijn dossiers</translation>
        </message>
        <message>
            <source>This part of PhotoSafe is not ready yet. It will arrive in an update.</source>
            <translation>Dit deel van PhotoSafe is nog niet klaar. Het komt in een volgende versie.</translation>
        </message>
    </context>
</TS>
