# Portolan Windows Firewall rule set: 1E Tachyon with remote response stack and DMZ
# Generated 2025-01-15T09:30:00.000Z from the design's flow matrix.
# Owner: Endpoint management
# Change ticket: CHG-3310
# Scope: every flow, firewall-relevant only. This file: all zones, 16 rule(s).
# Each rule names its flow matrix references (R001...), its purpose and the vendor document and section that require it.
# WITHIN GROUP rules run between the members of one group of machines (its CIDR): install them on each member.
# Warnings:
# - Rows left out because these endpoints are known only by name and a rule needs addresses: 1E Cloud Services (R012). Give the provider's published address
#   ranges as the component's IP or CIDR.
# These rules only allow: the profile must block inbound connections by default (Windows does unless a policy changed it).
# Check with Get-NetFirewallProfile | Select-Object Name, Enabled, DefaultInboundAction; set it with
# Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block.
# A remote address of 'Any' means every IPv4 AND every IPv6 address.
# Run on each destination host as Administrator: .\1e-tachyon-with-remote-response-stack-and-dmz.ps1 -HostName '<host>'
# Remove: Remove-NetFirewallRule -Group '<the group below>'
#Requires -RunAsAdministrator
param(
  [Parameter(Mandatory = $true)]
  [string] $HostName
)
$ErrorActionPreference = 'Stop'
$Group = 'Portolan 1E Tachyon with remote response stack and DMZ'
$Known = @(
  'tachyon-m1'
  '1E Clients'
  'tachyon-r1'
  'tachyon-dmz1'
  'sql1'
)

# Host names compare as the design keys them: Unicode NFC, invisible characters removed, case ignored.
$HostName = ($HostName.Normalize([Text.NormalizationForm]::FormC) -replace '[\p{Cc}\p{Cf}]', '').Trim()
switch -Exact ($HostName) {

  # ---- Host: Master stack (tachyon-m1) in Servers: 10.80.0.10
  'tachyon-m1' {
    # R001: Browsers connect to the 1E Catalog UI; anything other than port 80 requires the port number in the browser URL. (1E, "Communication Ports", § Tachyon
    #   clients)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R001' -DisplayName 'Portolan R001 Browsers connect to the 1E Catalog UI; anything other than port 80 requires the port number in the brow...' -Description 'R001: Browsers connect to the 1E Catalog UI; anything other than port 80 requires the port number in the browser URL. (1E, "Communication Ports", § Tachyon clients)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '80' -RemoteAddress '10.71.0.0/24' -Profile Any | Out-Null
    # R002: Browsers connect to the Tachyon portal, API or SLA Platform UI; anything other than port 443 requires the port number in the browser URL. (1E,
    #   "Communication Ports", § Tachyon clients)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R002' -DisplayName 'Portolan R002 Browsers connect to the Tachyon portal, API or SLA Platform UI; anything other than port 443 requires t...' -Description 'R002: Browsers connect to the Tachyon portal, API or SLA Platform UI; anything other than port 443 requires the port number in the browser URL. (1E, "Communication Ports", § Tachyon clients)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '443' -RemoteAddress '10.71.0.0/24' -Profile Any | Out-Null
    # R006: WebSocket connection from the DMZ Server to the Tachyon Server (Master Stack); configurable, but contact 1E for advice. (1E, "Communication Ports", §
    #   Firewall requirements for a Tachyon DMZ Server)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R006' -DisplayName 'Portolan R006 WebSocket connection from the DMZ Server to the Tachyon Server (Master Stack); configurable, but contac...' -Description 'R006: WebSocket connection from the DMZ Server to the Tachyon Server (Master Stack); configurable, but contact 1E for advice. (1E, "Communication Ports", § Firewall requirements for a Tachyon DMZ...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '3901' -RemoteAddress '192.168.100.10' -Profile Any | Out-Null
    # R016: WebSocket connection from the Tachyon Server (Response Stack) to the Tachyon Server (Master Stack); configurable, but contact 1E for advice. (1E,
    #   "Communication Ports", § Firewall requirements for a remote Tachyon Response Stack)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R016' -DisplayName 'Portolan R016 WebSocket connection from the Tachyon Server (Response Stack) to the Tachyon Server (Master Stack); con...' -Description 'R016: WebSocket connection from the Tachyon Server (Response Stack) to the Tachyon Server (Master Stack); configurable, but contact 1E for advice. (1E, "Communication Ports", § Firewall requiremen...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '3901' -RemoteAddress '10.80.0.11' -Profile Any | Out-Null
  }

  # ---- Host: 1E Clients in Clients: 10.70.0.0/16
  '1E Clients' {
    # WITHIN GROUP 10.70.0.0/16 - R003: Client port set by MODELE.INTERACTION.PORT=<port> (configurable during installation, see Tachyon client settings); Direction:
    #   Outgoing and Incoming. (1E, "Communication Ports", § Tachyon clients)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R003' -DisplayName 'Portolan R003 Client port set by MODELE.INTERACTION.PORT=<port> (configurable during installation, see Tachyon client...' -Description 'WITHIN GROUP 10.70.0.0/16 - R003: Client port set by MODELE.INTERACTION.PORT=<port> (configurable during installation, see Tachyon client settings); Direction: Outgoing and Incoming. (1E, "Communic...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '7766' -RemoteAddress '10.70.0.0/16' -Profile Any | Out-Null
  }

  # ---- Host: Response stack (tachyon-r1) in Servers: 10.80.0.11
  'tachyon-r1' {
    # R004: Clients connect to the Background Channel (BackgroundChannelUrl=https:/<1EplatformFQDN>:<port>/Background). (1E, "Communication Ports", § Tachyon clients)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R004' -DisplayName 'Portolan R004 Clients connect to the Background Channel (BackgroundChannelUrl=https:/<1EplatformFQDN>:<port>/Backgrou...' -Description 'R004: Clients connect to the Background Channel (BackgroundChannelUrl=https:/<1EplatformFQDN>:<port>/Background). (1E, "Communication Ports", § Tachyon clients)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '443' -RemoteAddress '10.70.0.0/16' -Profile Any | Out-Null
    # R005: Clients initiate and maintain a WebSocket Secure connection to a Switch, which the Switch uses to communicate back to the clients. (1E, "Communication
    #   Ports", § Tachyon clients)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R005' -DisplayName 'Portolan R005 Clients initiate and maintain a WebSocket Secure connection to a Switch, which the Switch uses to commu...' -Description 'R005: Clients initiate and maintain a WebSocket Secure connection to a Switch, which the Switch uses to communicate back to the clients. (1E, "Communication Ports", § Tachyon clients)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '4000' -RemoteAddress '10.70.0.0/16' -Profile Any | Out-Null
    # R007: The DMZ Server connects over HTTPS to the Tachyon Server (Response Stack). (1E, "Communication Ports", § Firewall requirements for a Tachyon DMZ Server)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R007' -DisplayName 'Portolan R007 The DMZ Server connects over HTTPS to the Tachyon Server (Response Stack).' -Description 'R007: The DMZ Server connects over HTTPS to the Tachyon Server (Response Stack). (1E, "Communication Ports", § Firewall requirements for a Tachyon DMZ Server)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '443' -RemoteAddress '192.168.100.10' -Profile Any | Out-Null
    # R013: The Consumer API connection to the Core, only used for remote Response Stacks. (1E, "Communication Ports", § Firewall requirements for a remote Tachyon
    #   Response Stack)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R013' -DisplayName 'Portolan R013 The Consumer API connection to the Core, only used for remote Response Stacks.' -Description 'R013: The Consumer API connection to the Core, only used for remote Response Stacks. (1E, "Communication Ports", § Firewall requirements for a remote Tachyon Response Stack)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '443' -RemoteAddress '10.80.0.10' -Profile Any | Out-Null
  }

  # ---- Host: DMZ Switch (tachyon-dmz1) in DMZ: 192.168.100.10
  'tachyon-dmz1' {
    # R008: Internet-facing clients connect over HTTPS to the DMZ Server, which hosts the Background Channel; configurable during installation (see Tachyon client
    #   settings). (1E, "Communication Ports", § Firewall requirements for a Tachyon DMZ Server)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R008' -DisplayName 'Portolan R008 Internet-facing clients connect over HTTPS to the DMZ Server, which hosts the Background Channel; confi...' -Description 'R008: Internet-facing clients connect over HTTPS to the DMZ Server, which hosts the Background Channel; configurable during installation (see Tachyon client settings). (1E, "Communication Ports",...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '443' -RemoteAddress 'Any' -Profile Any | Out-Null
    # R009: Internet-facing clients initiate and maintain a WebSocket Secure connection to a Switch, which the Switch uses to communicate back to the client; there
    #   must be a matching Switch using the same port. (1E, "Communication Ports", § Firewall requirements for a Tachyon DMZ Server)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R009' -DisplayName 'Portolan R009 Internet-facing clients initiate and maintain a WebSocket Secure connection to a Switch, which the Swit...' -Description 'R009: Internet-facing clients initiate and maintain a WebSocket Secure connection to a Switch, which the Switch uses to communicate back to the client; there must be a matching Switch using the sam...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '4500' -RemoteAddress 'Any' -Profile Any | Out-Null
    # R010: The Tachyon Server (Master Stack) connects over HTTPS to the DMZ Server. (1E, "Communication Ports", § Firewall requirements for a Tachyon DMZ Server)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R010' -DisplayName 'Portolan R010 The Tachyon Server (Master Stack) connects over HTTPS to the DMZ Server.' -Description 'R010: The Tachyon Server (Master Stack) connects over HTTPS to the DMZ Server. (1E, "Communication Ports", § Firewall requirements for a Tachyon DMZ Server)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '443' -RemoteAddress '10.80.0.10' -Profile Any | Out-Null
    # R011: Switch poke port: the Switch client port + 1 (if a Switch client port is 4000 then Switch poke port is 4001). (1E, "Communication Ports", § Firewall
    #   requirements for a Tachyon DMZ Server)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R011' -DisplayName 'Portolan R011 Switch poke port: the Switch client port + 1 (if a Switch client port is 4000 then Switch poke port is...' -Description 'R011: Switch poke port: the Switch client port + 1 (if a Switch client port is 4000 then Switch poke port is 4001). (1E, "Communication Ports", § Firewall requirements for a Tachyon DMZ Server)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '4501' -RemoteAddress '10.80.0.11' -Profile Any | Out-Null
  }

  # ---- Host: SQL Server (sql1) in Servers: 10.80.0.20
  'sql1' {
    # R014: Connects to the TachyonMaster database (SQLSERVER_MASTER); not configurable from Setup. (1E, "Communication Ports", § Tachyon Servers)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R014' -DisplayName 'Portolan R014 Connects to the TachyonMaster database (SQLSERVER_MASTER); not configurable from Setup.' -Description 'R014: Connects to the TachyonMaster database (SQLSERVER_MASTER); not configurable from Setup. (1E, "Communication Ports", § Tachyon Servers)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '1433' -RemoteAddress '10.80.0.10' -Profile Any | Out-Null
    # R015: If the TachyonMaster database is on a Named Instance, the SQL Browser service needs to be enabled to let the Tachyon Server determine the port in use;
    #   open UDP port 1434 used by the SQL Browser. (1E, "Communication Ports", § Tachyon Servers)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R015' -DisplayName 'Portolan R015 If the TachyonMaster database is on a Named Instance, the SQL Browser service needs to be enabled to le...' -Description 'R015: If the TachyonMaster database is on a Named Instance, the SQL Browser service needs to be enabled to let the Tachyon Server determine the port in use; open UDP port 1434 used by the SQL Brows...' -Group $Group -Direction Inbound -Action Allow -Protocol UDP -LocalPort '1434' -RemoteAddress '10.80.0.10' -Profile Any | Out-Null
    # R017: Connects to the TachyonResponses database (SQLSERVER_RESPONSES) and, for a remote Response Stack, to the TachyonMaster database (SQLSERVER_MASTER); not
    #   configurable from Setup. (1E, "Communication Ports", § Tachyon Servers)
    New-NetFirewallRule -Name 'Portolan-1e-tachyon-with-remote-response-stack-and-dmz-R017' -DisplayName 'Portolan R017 Connects to the TachyonResponses database (SQLSERVER_RESPONSES) and, for a remote Response Stack, to th...' -Description 'R017: Connects to the TachyonResponses database (SQLSERVER_RESPONSES) and, for a remote Response Stack, to the TachyonMaster database (SQLSERVER_MASTER); not configurable from Setup. (1E, "Communic...' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '1433' -RemoteAddress '10.80.0.11' -Profile Any | Out-Null
  }

  default { throw ('No rules for host ' + $HostName + '. Hosts in this script: ' + ($Known -join ', ')) }
}
