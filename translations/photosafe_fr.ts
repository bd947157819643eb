<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About PhotoSafe</source>
            <translation>À propos de PhotoSafe</translation>
        </message>
        <message>
            <source>Make photos of children safe to share, and get images removed from the internet. PhotoSafe sends no data anywhere unless you ask it to.</source>
            <translation>Rendez les photos d'enfants sûres à partager et faites retirer des images d'internet. PhotoSafe n'envoie aucune donnée nulle part, sauf si vous le demandez.</translation>
        </message>
        <message>
            <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
            <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
        </message>
        <message>
            <source>PhotoSafe is built with these components:</source>
            <translation>PhotoSafe est construit avec ces composants :</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Composant</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
    </context>
    <context>
        <name>AreaPage</name>
        <message>
            <source>Back to start</source>
            <translation>Retour à l'accueil</translation>
        </message>
        <message>
            <source>Back to the start screen (Alt+Home)</source>
            <translation>Retour à l'écran d'accueil (Alt+Début)</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This file is empty (0 bytes).</source>
            <extracomment>Far above any real photo (a 200-megapixel phone photo is 2e8), far below what would exhaust memory on a laptop (RGBA at this size is ~2.4 GB).</extracomment>
            <translation>Ce fichier est vide (0 octet).</translation>
        </message>
        <message>
            <source>PhotoSafe is not allowed to read this file.</source>
            <translation>PhotoSafe n'a pas le droit de lire ce fichier.</translation>
        </message>
        <message>
            <source>This file no longer exists.</source>
            <translation>Ce fichier n'existe plus.</translation>
        </message>
        <message>
            <source>This is a folder, not a photo.</source>
            <translation>Ceci est un dossier, pas une photo.</translation>
        </message>
        <message>
            <source>This file is not a photo PhotoSafe can read, or it is damaged.</source>
            <translation>Ce fichier n'est pas une photo que PhotoSafe peut lire, ou il est endommagé.</translation>
        </message>
        <message>
            <source>This image is far too large to be a photo ({limit} megapixels at most); it was not opened, to protect your computer.</source>
            <translation>Cette image est bien trop grande pour une photo ({limit} mégapixels au maximum) ; elle n'a pas été ouverte, pour protéger votre ordinateur.</translation>
        </message>
        <message>
            <source>This photo is damaged or incomplete and cannot be read.</source>
            <translation>Cette photo est endommagée ou incomplète et ne peut pas être lue.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>What would you like to do?</source>
            <translation>Que souhaitez-vous faire ?</translation>
        </message>
        <message>
            <source>PhotoSafe works on this computer only. Your photos are never uploaded, and nothing is sent unless you ask for it.</source>
            <translation>PhotoSafe fonctionne uniquement sur cet ordinateur. Vos photos ne sont jamais envoyées en ligne, et rien n'est transmis sans votre demande.</translation>
        </message>
        <message>
            <source>Make photos safe to share</source>
            <translation>Rendre des photos sûres à partager</translation>
        </message>
        <message>
            <source>Hide children's faces and remove hidden information, such as where a photo was taken, before you post or send your photos.</source>
            <translation>Masquez les visages des enfants et supprimez les informations cachées, comme l'endroit où une photo a été prise, avant de publier ou d'envoyer vos photos.</translation>
        </message>
        <message>
            <source>Get an image removed from the internet</source>
            <translation>Faire retirer une image d'internet</translation>
        </message>
        <message>
            <source>One simple form: PhotoSafe finds out whom to ask, writes the requests for you and helps you follow them up.</source>
            <translation>Un seul formulaire simple : PhotoSafe trouve à qui s'adresser, rédige les demandes pour vous et vous aide à les suivre.</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>Mes dossiers</translation>
        </message>
        <message>
            <source>See the removal requests you have made, and what to do next.</source>
            <translation>Consultez les demandes de retrait que vous avez faites, et ce qu'il reste à faire.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Start screen</source>
            <translation>Écran d'&amp;accueil</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About PhotoSafe</source>
            <translation>À &amp;propos de PhotoSafe</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderArea</name>
        <message>
            <source>Make photos safe to share</source>
            <translation>Rendre des photos sûres à partager</translation>
        </message>
        <message>
            <source>Get an image removed from the internet</source>
            <translation>Faire retirer une image d'internet</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>Mes dossiers</translation>
        </message>
        <message>
            <source>This part of PhotoSafe is not ready yet. It will arrive in an update.</source>
            <translation>Cette partie de PhotoSafe n'est pas encore prête. Elle arrivera dans une mise à jour.</translation>
        </message>
    </context>
</TS>
