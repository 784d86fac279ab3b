package dev.docloc.publish;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small site: three English pages, two of them in Brazilian Portuguese and one in Arabic,
 * with headings, links between pages and links into headings.
 */
final class SiteFixture {
    static final String INSTALL_EN = """
            ---
            title: Installing KVM
            description: Set up KVM on a Linux host.
            ---
            # Installing KVM

            KVM turns the Linux kernel into a hypervisor. Press <kbd>Ctrl</kbd> to stop.

            ![KVM architecture](../images/kvm.svg)

            ## Check hardware support

            Run `egrep -c '(vmx|svm)' /proc/cpuinfo`. See [snapshots](storage.md#snapshots) before you start.

            - Intel VT-x
            - AMD-V

            ## Install the packages

            | Package | Purpose |
            |---------|---------|
            | qemu-kvm | The hypervisor |
            | libvirt | The management API |

            Read the [command line reference](../reference/cli.md#options) and go [back to the check](#check-hardware-support).

            ## Next steps

            Continue with [storage](storage.md).
            """;
    static final String STORAGE_EN = """
            ---
            title: Storage pools
            description: Disks, pools and snapshots.
            ---
            # Storage pools

            A pool holds the disk images of your virtual machines.

            ## Snapshots

            A snapshot saves the state of a disk.[^qcow2] Install first: [packages](installing-kvm.md#install-the-packages).

            ## Snapshots

            External snapshots are kept in separate files. See the [options](../reference/cli.md#options).

            [^qcow2]: Internal snapshots need qcow2 images.
            """;
    static final String CLI_EN = """
            ---
            title: Command line
            ---
            # Command line

            The `virsh` tool manages guests.

            ## Options

            Use `--connect` to choose a host. Snapshots are described in [Storage](../guides/storage.md#snapshots-1).
            """;
    static final String INSTALL_PT = """
            ---
            title: Instalação do KVM
            description: Configure o KVM em um host Linux.
            ---
            # Instalação do KVM

            O KVM transforma o kernel Linux em um hipervisor. Pressione <kbd>Ctrl</kbd> para parar.

            ![Arquitetura do KVM](../images/kvm.svg)

            ## Verificar o suporte de hardware

            Execute `egrep -c '(vmx|svm)' /proc/cpuinfo`. Veja [snapshots](storage.md#snapshots) antes de começar.

            - Intel VT-x
            - AMD-V

            ## Instalar os pacotes

            | Pacote | Finalidade |
            |---------|---------|
            | qemu-kvm | O hipervisor |
            | libvirt | A API de gerenciamento |

            Leia a [referência da linha de comando](../reference/cli.md#options) e volte à [verificação](#check-hardware-support).

            ## Próximos passos

            Continue com [armazenamento](storage.md).
            """;
    static final String STORAGE_PT = """
            ---
            title: Pools de armazenamento
            description: Discos, pools e snapshots.
            ---
            # Pools de armazenamento

            A pool holds the disk images of your virtual machines.

            ## Snapshots

            Um snapshot salva o estado de um disco.[^qcow2] Instale antes: [pacotes](installing-kvm.md#install-the-packages).

            ## Snapshots

            Snapshots externos ficam em arquivos separados. Veja as [opções](../reference/cli.md#options).

            [^qcow2]: Snapshots internos precisam de imagens qcow2.
            """;
    static final String INSTALL_AR = """
            ---
            title: تثبيت KVM
            description: إعداد KVM على مضيف لينكس.
            ---
            # تثبيت KVM

            يحوّل KVM نواة لينكس إلى مراقب أجهزة افتراضية. اضغط <kbd>Ctrl</kbd> للإيقاف.

            ![بنية KVM](../images/kvm.svg)

            ## التحقق من دعم العتاد

            شغّل `egrep -c '(vmx|svm)' /proc/cpuinfo`. راجع [اللقطات](storage.md#snapshots) قبل أن تبدأ.

            - Intel VT-x
            - AMD-V

            ## تثبيت الحزم

            | الحزمة | الغرض |
            |---------|---------|
            | qemu-kvm | مراقب الأجهزة |
            | libvirt | The management API |

            اقرأ [مرجع سطر الأوامر](../reference/cli.md#options) وارجع إلى [التحقق](#check-hardware-support).

            ## الخطوات التالية

            تابع مع [التخزين](storage.md).
            """;

    private SiteFixture() {}

    static Site site() {
        return site(SiteOptions.of("https://docs.example.com/"));
    }

    static Site site(SiteOptions options) {
        List<SitePage> pages = List.of(
                new SitePage("guides/installing-kvm", "en", INSTALL_EN, "Installing KVM",
                        "Set up KVM on a Linux host.", 1, false),
                new SitePage("guides/storage", "en", STORAGE_EN, "Storage pools", "Disks, pools and snapshots.", 1, false),
                new SitePage("reference/cli", "en", CLI_EN, "Command line", "", 1, false),
                new SitePage("guides/installing-kvm", "pt-BR", INSTALL_PT, "Instalação do KVM",
                        "Configure o KVM em um host Linux.", 1, false),
                // Block 1 ("A pool holds ...") is still English.
                new SitePage("guides/storage", "pt-BR", STORAGE_PT, "Pools de armazenamento",
                        "Discos, pools e snapshots.", 0.8, true, Set.of(1)),
                // Leaf blocks: 0 h1, 1 p, 2 p(image), 3 h2, 4 p, 5-6 list items, 7 h2, 8-13 cells ...
                new SitePage("guides/installing-kvm", "ar", INSTALL_AR, "تثبيت KVM",
                        "إعداد KVM على مضيف لينكس.", 0.93, true, Set.of(13)));
        return new Site("en", List.of("en", "pt-BR", "ar"),
                Map.of("guides/installing-kvm", INSTALL_EN, "guides/storage", STORAGE_EN, "reference/cli", CLI_EN),
                pages, options);
    }
}
