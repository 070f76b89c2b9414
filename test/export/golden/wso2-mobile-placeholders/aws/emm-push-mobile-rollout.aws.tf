# Portolan AWS security group rule set: EMM push "mobile" ${rollout} — ✨ عربى
# Generated 2025-01-15T09:30:00.000Z from the design's flow matrix.
# Owner: O'Brien \ Mobile
# Change ticket: =HYPERLINK("http://example.invalid")
# Scope: every flow, firewall-relevant only. This file: all zones, 7 rule(s).
# Each rule names its flow matrix references (R001...), its purpose and the vendor document and section that require it.
# PLACEHOLDER ADDRESSES: 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24 are RFC 5737 documentation ranges that no network routes;
# they stand in for hosts that have no IP in the design. Replace each before loading these rules:
# 192.0.2.1 = EMM server evil 🚀 (emm-01)
# Warnings:
# - Rows left out because these endpoints are known only by their autonomous system and a rule needs prefixes: Firebase / Google Cloud Messaging (AS15169)
#   (R001-R003). Ask the network team for the prefixes the AS announces and give them as the component's IP or CIDR.
# - These addresses have host bits set; the rules use their network: 10.50.0.9/24 -> 10.50.0.0/24.
# - Placeholder addresses (RFC 5737 documentation ranges, never routed) stand in for hosts with no IP: EMM server evil 🚀 (emm-01) = 192.0.2.1. Replace them
#   before loading the rules.
# - AWS: R004, R005, R007-R009 go to Internet services (Apple Push Notification service, Google Public DNS), where no rule of ours can be installed, so they are
#   not written here: the security groups keep AWS's default allow-all egress, which lets the sources reach them.
# One security group per destination host: attach it to that host's network interface.
# Each file is a self-contained Terraform configuration; keep each in its own folder.

variable "vpc_id" {
  description = "The VPC the security groups belong to"
  type        = string
}

# Inbound to EMM server evil 🚀 (emm-01) in Server 'farm': 192.0.2.1 (placeholder)
resource "aws_security_group" "server-farm-emm-server-evil-emm-01" {
  name        = "portolan-server-farm-emm-server-evil-emm-01"
  description = "Portolan: inbound flows to EMM server evil (emm-01) in Server farm : 192.0.2.1 (placeholder)"
  vpc_id      = var.vpc_id

  ingress {
    description = "PLACEHOLDER IP - R006: Device sync -A FORWARD -j ACCEPT (custom flow, no vendor reference)"
    from_port   = 9443
    to_port     = 9443
    protocol    = "tcp"
    cidr_blocks = ["10.60.0.0/16"]
  }

  ingress {
    description = "PLACEHOLDER IP - R010: Relay to EMM whoami $(id) (custom flow, no vendor reference)"
    from_port   = 8280
    to_port     = 8280
    protocol    = "tcp"
    cidr_blocks = ["10.50.0.0/24"]
  }

  # AWS's default: Terraform would otherwise remove it from a group it creates.
  egress {
    description      = "Allow all outbound (AWS default)"
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  tags = {
    Name = "portolan-server-farm-emm-server-evil-emm-01"
  }
}
