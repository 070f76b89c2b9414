# Portolan Windows Firewall rule set: Tarantella remote access
# Generated 2025-01-15T09:30:00.000Z from the design's flow matrix.
# Owner: Network team
# Change ticket: CHG-1042
# Scope: every flow, firewall-relevant only. This file: all zones, 53 rule(s).
# Each rule names its flow matrix references (R001...), its purpose and the vendor document and section that require it.
# These rules only allow: the profile must block inbound connections by default (Windows does unless a policy changed it).
# Check with Get-NetFirewallProfile | Select-Object Name, Enabled, DefaultInboundAction; set it with
# Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block.
# A remote address of 'Any' means every IPv4 AND every IPv6 address.
# Run on each destination host as Administrator: .\tarantella-remote-access.ps1 -HostName '<host>'
# Remove: Remove-NetFirewallRule -Group '<the group below>'
#Requires -RunAsAdministrator
param(
  [Parameter(Mandatory = $true)]
  [string] $HostName
)
$ErrorActionPreference = 'Stop'
$Group = 'Portolan Tarantella remote access'
$Known = @(
  'tta1'
  'apps1'
  'ldap1'
  'netlet1'
)

# Host names compare as the design keys them: Unicode NFC, invisible characters removed, case ignored.
$HostName = ($HostName.Normalize([Text.NormalizationForm]::FormC) -replace '[\p{Cc}\p{Cf}]', '').Trim()
switch -Exact ($HostName) {

  # ---- Host: Tarantella server (tta1) in DMZ: 10.20.0.10
  'tta1' {
    # R001: Used for client drive mapping services; the server binds to this port at start-up, whether or not client drive mapping services are currently enabled.
    #   (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections between Tarantella servers and application servers)
    New-NetFirewallRule -Name 'Portolan-tarantella-remote-access-R001' -DisplayName 'Portolan R001 Used for client drive mapping services; the server binds to this port at start-up, whether or not clien...' -Description 'R001: Used for client drive mapping services; the server binds to this port at start-up, whether or not client drive mapping services are currently enabled. (Tarantella, Inc., "What ports does Tara...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '139' -RemoteAddress '10.30.0.20' -Profile Any | Out-Null
    # R002: Used to send print jobs from the application server to a Tarantella server. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for
    #   connections between Tarantella servers and application servers)
    New-NetFirewallRule -Name 'Portolan-tarantella-remote-access-R002' -DisplayName 'Portolan R002 Used to send print jobs from the application server to a Tarantella server.' -Description 'R002: Used to send print jobs from the application server to a Tarantella server. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections between Tarantella servers and...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '515' -RemoteAddress '10.30.0.20' -Profile Any | Out-Null
    # R003: Used to connect X applications with the protocol engines running on the Tarantella server. (Tarantella, Inc., "What ports does Tarantella use?", § Ports
    #   used for connections between Tarantella servers and application servers)
    New-NetFirewallRule -Name 'Portolan-tarantella-remote-access-R003' -DisplayName 'Portolan R003 Used to connect X applications with the protocol engines running on the Tarantella server.' -Description 'R003: Used to connect X applications with the protocol engines running on the Tarantella server. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections between Tarantel...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '6010-6019' -RemoteAddress '10.30.0.20' -Profile Any | Out-Null
    # R004: Backup agent (site standard) (custom flow, no vendor reference)
    New-NetFirewallRule -Name 'Portolan-tarantella-remote-access-R004' -DisplayName 'Portolan R004 Backup agent (site standard)' -Description 'R004: Backup agent (site standard) (custom flow, no vendor reference)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '9000-9010' -RemoteAddress '10.30.0.20' -Profile Any | Out-Null
    # R005: Used for connections between the Tarantella load balancing service running on an application server and the primary Tarantella server. (Tarantella, Inc.,
    #   "What ports does Tarantella use?", § Ports used for connections between Tarantella servers and application servers)
    New-NetFirewallRule -Name 'Portolan-tarantella-remote-access-R005' -DisplayName 'Portolan R005 Used for connections between the Tarantella load balancing service running on an application server and...' -Description 'R005: Used for connections between the Tarantella load balancing service running on an application server and the primary Tarantella server. (Tarantella, Inc., "What ports does Tarantella use?", §...' -Group $Group -Direction Inbound -Action Allow -Protocol UDP -LocalPort '3579' -RemoteAddress '10.30.0.20' -Profile Any | Out-Null
    # R050: Standard, unencrypted HTTP requests and responses used to display webtops. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for
    #   connections between client devices and Tarantella servers)
    New-NetFirewallRule -Name 'Portolan-tarantella-remote-access-R050' -DisplayName 'Portolan R050 Standard, unencrypted HTTP requests and responses used to display webtops.' -Description 'R050: Standard, unencrypted HTTP requests and responses used to display webtops. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections between client devices and Taran...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '80' -RemoteAddress '10.10.0.0/16' -Profile Any | Out-Null
    # R051: Secure, encrypted HTTPS requests and responses used to display webtops. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections
    #   between client devices and Tarantella servers)
    New-NetFirewallRule -Name 'Portolan-tarantella-remote-access-R051' -DisplayName 'Portolan R051 Secure, encrypted HTTPS requests and responses used to display webtops.' -Description 'R051: Secure, encrypted HTTPS requests and responses used to display webtops. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections between client devices and Tarantel...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '443' -RemoteAddress '10.10.0.0/16' -Profile Any | Out-Null
    # R052: Standard, unencrypted connections used for control and application display updates. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for
    #   connections between client devices and Tarantella servers)
    New-NetFirewallRule -Name 'Portolan-tarantella-remote-access-R052' -DisplayName 'Portolan R052 Standard, unencrypted connections used for control and application display updates.' -Description 'R052: Standard, unencrypted connections used for control and application display updates. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections between client devices...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '3144' -RemoteAddress '10.10.0.0/16' -Profile Any | Out-Null
    # R053: SSL-based secure, encrypted connections to Tarantella servers which are using the Tarantella Security Pack, used for control and application display
    #   updates. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections between client devices and Tarantella servers)
    New-NetFirewallRule -Name 'Portolan-tarantella-remote-access-R053' -DisplayName 'Portolan R053 SSL-based secure, encrypted connections to Tarantella servers which are using the Tarantella Security P...' -Description 'R053: SSL-based secure, encrypted connections to Tarantella servers which are using the Tarantella Security Pack, used for control and application display updates. (Tarantella, Inc., "What ports do...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '5307' -RemoteAddress '10.10.0.0/16' -Profile Any | Out-Null
  }

  # ---- Host: Application server (apps1) in Core servers: 10.30.0.20
  'apps1' {
    # R006: Used to connect to X and character applications using Secure SHell (SSH). (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for
    #   connections between Tarantella servers and application servers)
    New-NetFirewallRule -Name 'Portolan-tarantella-remote-access-R006' -DisplayName 'Portolan R006 Used to connect to X and character applications using Secure SHell (SSH).' -Description 'R006: Used to connect to X and character applications using Secure SHell (SSH). (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections between Tarantella servers and ap...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '22' -RemoteAddress '10.20.0.10' -Profile Any | Out-Null
    # R007: Used to connect to Windows applications configured to use the Windows Terminal Services protocol. (Tarantella, Inc., "What ports does Tarantella use?", §
    #   Ports used for connections between Tarantella servers and application servers)
    New-NetFirewallRule -Name 'Portolan-tarantella-remote-access-R007' -DisplayName 'Portolan R007 Used to connect to Windows applications configured to use the Windows Terminal Services protocol.' -Description 'R007: Used to connect to Windows applications configured to use the Windows Terminal Services protocol. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections between T...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '3389' -RemoteAddress '10.20.0.10' -Profile Any | Out-Null
    # R008: Used for connections between the primary Tarantella server and the Tarantella load balancing service running on an application server. (Tarantella, Inc.,
    #   "What ports does Tarantella use?", § Ports used for connections between Tarantella servers and application servers)
    New-NetFirewallRule -Name 'Portolan-tarantella-remote-access-R008' -DisplayName 'Portolan R008 Used for connections between the primary Tarantella server and the Tarantella load balancing service ru...' -Description 'R008: Used for connections between the primary Tarantella server and the Tarantella load balancing service running on an application server. (Tarantella, Inc., "What ports does Tarantella use?", §...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '3579' -RemoteAddress '10.20.0.10' -Profile Any | Out-Null
  }

  # ---- Host: Directory (ldap1) in Core servers: 10.30.0.5
  'ldap1' {
    # R009: Used to authenticate users and/or provide webtop content using LDAP. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections
    #   between Tarantella servers and application servers)
    New-NetFirewallRule -Name 'Portolan-tarantella-remote-access-R009' -DisplayName 'Portolan R009 Used to authenticate users and/or provide webtop content using LDAP.' -Description 'R009: Used to authenticate users and/or provide webtop content using LDAP. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections between Tarantella servers and applica...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '389' -RemoteAddress '10.20.0.10' -Profile Any | Out-Null
  }

  # ---- Host: Netlet array (netlet1) in DMZ: 10.20.0.11
  'netlet1' {
    # R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for
    #   each Tarantella array member. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for Netlet connections to a Tarantella server)
    New-NetFirewallRule -Name 'Portolan-tarantella-remote-access-R010' -DisplayName 'Portolan R010 Used for login and control, one port for each Tarantella array member.' -Description 'R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for each Tarantella array member. (Taran...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '4000', '4002', '4004', '4006', '4008', '4010', '4012', '4014', '4016', '4018', '4020', '4022', '4024', '4026', '4028', '4030', '4032', '4034', '4036', '4038' -RemoteAddress '10.10.0.0/16' -Profile Any | Out-Null
    # R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one
    #   port for each Tarantella array member. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for Netlet connections to a Tarantella server)
    New-NetFirewallRule -Name 'Portolan-tarantella-remote-access-R011' -DisplayName 'Portolan R011 Used for application connections, one port for each Tarantella array member.' -Description 'R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one port for each Tarantella array member....' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '4001', '4003', '4005', '4007', '4009', '4011', '4013', '4015', '4017', '4019', '4021', '4023', '4025', '4027', '4029', '4031', '4033', '4035', '4037', '4039' -RemoteAddress '10.10.0.0/16' -Profile Any | Out-Null
  }

  default { throw ('No rules for host ' + $HostName + '. Hosts in this script: ' + ($Known -join ', ')) }
}
